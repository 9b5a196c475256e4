"""The domain, free of Qt: model, validation, check engine, transcript, diagnosis.

The CLI and the tests use this package without a display; ``wizard.ui`` only
presents what it produces.
"""
