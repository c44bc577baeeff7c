"""CRC-16 variants used by library RFID (pure functions).

* :func:`crc16_ccitt_false` — polynomial 0x1021, initial 0xFFFF, MSB first, no reflection, no final XOR
  (CRC-16/IBM-3740). Used by the ISO 28560-3 / Danish data model over the basic block.
* :func:`crc16_3m` — the same register with a final XOR of 0xFFFF. Used by the 3M/Bibliotheca 210/810 reader frames.
"""

from __future__ import annotations


def _table() -> list[int]:
    table = []
    for byte in range(256):
        reg = byte << 8
        for _ in range(8):
            reg = ((reg << 1) ^ 0x1021) if reg & 0x8000 else (reg << 1)
        table.append(reg & 0xFFFF)
    return table


_TABLE = _table()


def crc16_ccitt_false(data: bytes, init: int = 0xFFFF) -> int:
    reg = init
    for b in data:
        reg = ((reg << 8) & 0xFFFF) ^ _TABLE[((reg >> 8) ^ b) & 0xFF]
    return reg


def crc16_3m(data: bytes) -> int:
    return crc16_ccitt_false(data) ^ 0xFFFF
