"""Fuzzing the kiosk's parsers for longer than the property-based tests do (``fuzz/README.md``).

One target module per parser that reads what comes from outside (:mod:`fuzz.targets`); :mod:`fuzz.harness` runs a
target's inputs and turns what should not happen into findings (an exception outside the layer's typed errors, an
input slower than 100 ms, one that grows memory without bound); :mod:`fuzz.engines` feeds it inputs, coverage-guided
with atheris when it is installed, by plain random mutation otherwise; ``python -m fuzz`` is the runner.
"""
