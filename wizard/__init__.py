"""SMTP Setup Wizard: get a business application's outgoing mail working, and prove it."""

__version__ = "0.1.0"
APP_NAME = "SMTP Setup Wizard"
