"""Drivers for the real consumers of the exports (tests/system/test_consumers.py)."""
