"""My Number Card (JPKI) access: sans-I/O command logic (jpki) and the PC/SC adapter (pcsc)."""
