"""PySide6 screens. The only package that imports Qt widgets."""
