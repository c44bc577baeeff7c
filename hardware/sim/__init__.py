"""Simulators that speak each device's real protocol, for tests, benchmarks and the demo."""
