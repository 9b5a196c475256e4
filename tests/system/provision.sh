#!/usr/bin/env bash
# Install what the system tier needs (Debian, as root). Idempotent: a second run
# installs nothing. The tests start and stop the servers themselves
# (tests/system/stack.py), each on 127.0.0.1 under its own folder in /tmp.
#
#   sudo bash tests/system/provision.sh          # install the packages
#   sudo python3 tests/system/stack.py start     # optional: start them by hand
#   sudo python3 tests/system/stack.py stop      #   ... and stop exactly those
set -euo pipefail

if [ "$(id -u)" != "0" ]; then
    echo "provision.sh: run as root (sudo); it installs Debian packages" >&2
    exit 1
fi

packages=(
    postfix sasl2-bin libsasl2-modules openssl          # the MTA, Cyrus sasldb, the private CA
    gnome-keyring dbus dbus-x11                          # the Secret Service on a private bus
    dnsmasq-base                                         # the DNS server (no system service)
    xvfb xauth libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxcb-image0
    libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-randr0 libxkbcommon-x11-0
    libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 fonts-dejavu-core
    openbox xdotool imagemagick x11-utils                # a desktop: window manager, keys, grabs
    # The real consumers of the exports (issue 14, tests/system/test_consumers.py):
    php-cli libphp-phpmailer                             # coreBOS / WordPress / plain PHPMailer
    php-mail php-net-smtp php-net-socket php-auth-sasl   # CiviCRM's PEAR mailer
    php-symfony-mailer php-vlucas-phpdotenv              # Symfony, Laravel (.env), Nextcloud
    msmtp libsecret-tools                                # msmtp with passwordeval secret-tool
    ruby                                                 # real parsers for the app targets (tests/targets)
    golang-go golang-gopkg-ini.v1-dev                    # go-ini, Gitea's and Grafana's INI reader (tests/targets)
)
missing=()
for pkg in "${packages[@]}"; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
# Node's dotenv and Nodemailer read the exports back (tests/node); any node/npm will do.
command -v node >/dev/null 2>&1 || missing+=(nodejs)
command -v npm >/dev/null 2>&1 || missing+=(npm)
if [ ${#missing[@]} -gt 0 ]; then
    export DEBIAN_FRONTEND=noninteractive
    # "No configuration": no default Postfix instance is set up or started.
    echo "postfix postfix/main_mailer_type select No configuration" | debconf-set-selections
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
echo "system tier: all ${#packages[@]} packages present (${#missing[@]} installed now)"
