"""The kiosk core: configuration, patron sessions, identity, SIP2, validation, CLI. Runs without Qt."""
