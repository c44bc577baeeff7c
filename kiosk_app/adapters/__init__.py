"""The adapters that bind the core's ports (:mod:`kiosk.services`) to the real components.

- :mod:`kiosk_app.adapters.card`: the My Number Card on a PC/SC reader (``CardService``) and the validation link
- :mod:`kiosk_app.adapters.library`: the library system over SIP2 (``LibrarySystem``)
- :mod:`kiosk_app.adapters.journal`: the offline journal (``OfflineJournal`` and ``SyncService``)
- :mod:`kiosk_app.adapters.devices`: the RFID pad (``SecurityTags``), the receipt printer, the barcode scanners

Every call blocks on a device, the network or the disk: the application runs them on worker lanes only.
"""
