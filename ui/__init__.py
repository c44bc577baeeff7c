"""PySide6 screens. The only package that imports Qt widgets."""

from ui import qtbinding

qtbinding.keep_none_alive()  # before anything here calls into Qt: see ui/qtbinding.py
