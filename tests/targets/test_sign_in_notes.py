"""Stories: every application export says the same about signing in.

Gitea, Grafana, GitLab, Odoo and WordPress share one rule (appsupport.sign_in_notes):
credentials without encryption are warned about, and a password that is not in
the files is explained: not asked for, or (go-ini) not writable there.
"""

from __future__ import annotations

import pytest

from tests.servers import PASSWORD
from tests.targets.apptools import setup
from wizard.core.model import Security
from wizard.targets import gitea, gitlab, grafana, odoo, wordpress

TARGETS = [gitea.TARGET, grafana.TARGET, gitlab.TARGET, odoo.TARGET, wordpress.TARGET]
PLAIN = "No encryption: {app} sends the password and every message in plain text."
LEFT_OUT = "The password is not included (you did not ask for it)"
UNWRITABLE = "configuration file cannot hold"


def sources(target, *args, **changes) -> list[str]:
    return [w.source for w in target.export(setup(**changes), *args).warnings]


@pytest.mark.parametrize("target", TARGETS, ids=lambda t: t.id)
def test_a_password_not_asked_for_is_explained_and_one_given_is_not(target):
    assert any(s.startswith(LEFT_OUT) for s in sources(target))
    assert not any(s.startswith(LEFT_OUT) for s in sources(target, PASSWORD))
    assert not any(s.startswith(LEFT_OUT) for s in sources(target, auth=False, username=""))


@pytest.mark.parametrize("target", TARGETS, ids=lambda t: t.id)
def test_signing_in_without_encryption_is_warned_about_only_then(target):
    assert PLAIN in sources(target, PASSWORD, security=Security.NONE)
    assert PLAIN not in sources(target, PASSWORD, security=Security.STARTTLS)
    assert PLAIN not in sources(target, security=Security.NONE, auth=False, username="")


@pytest.mark.parametrize("target", [gitea.TARGET, grafana.TARGET], ids=lambda t: t.id)
def test_a_password_go_ini_cannot_hold_is_said_so_not_that_it_was_not_asked_for(target):
    notes = sources(target, 'ends with ` and a quote"')
    assert any(UNWRITABLE in s for s in notes)
    assert not any(s.startswith(LEFT_OUT) for s in notes)
