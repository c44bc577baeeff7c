"""Devices: smartcard (JPKI over PC/SC), RFID, barcode, printer, and a simulator for each (hardware.sim)."""
