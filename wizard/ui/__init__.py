"""Qt widgets only; every decision is made in ``wizard.core``."""
