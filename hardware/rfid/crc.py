"""CRC-16 variants used by library RFID (pure functions).

* :func:`crc16_ccitt_false` — polynomial 0x1021, initial 0xFFFF, MSB first, no reflection, no final XOR
  (CRC-16/IBM-3740). Used by the ISO 28560-3 / Danish data model over the basic block.
* :func:`crc16_3m` — the same register with a final XOR of 0xFFFF. Used by the 3M/Bibliotheca 210/810 reader frames.

Both are the standard library's ``binascii.crc_hqx`` (this very register, in C): the frame decoder checks a CRC at
every start byte it meets in noise, and a per-byte Python loop made a burst of noise cost seconds.
"""

from __future__ import annotations

import binascii


def crc16_ccitt_false(data: bytes, init: int = 0xFFFF) -> int:
    return binascii.crc_hqx(data, init)


def crc16_3m(data: bytes) -> int:
    return binascii.crc_hqx(data, 0xFFFF) ^ 0xFFFF
