"""The wizard's pages, one module each; ``PAGES`` in setup_wizard lists them in order."""
