"""The tag formats through the real driver over the pseudo-terminal pad, and a long-identifier item lent by the kiosk."""

import pytest

from hardware.rfid import RfidReader, get_model, iso28560_3
from hardware.rfid import protocol_3m as p
from hardware.rfid.model import ElementProblem, ExtensionBlock, ItemData
from tests.waiting import wait_for

LONG_ID = "JP-SAITAMA-00000000012345678"  # 28 characters: too long for the basic block
TITLE = "吾輩は猫である"


def highest_block_read(sim) -> int:
    return max(q.start + q.count - 1 for q in sim.received if isinstance(q, p.ReadBlocks))


@pytest.mark.parametrize("order", ["normal", "reversed"])
def test_an_extension_block_tag_is_read_whole_over_the_wire(rfid_sim, reader, order):
    acquisition = ExtensionBlock(2, b"Bogvognen\x00123\x00")
    uid = rfid_sim.add_item(
        ItemData(LONG_ID, country="JP", isil="JP-1000001", title=TITLE, other_blocks=(acquisition,)),
        byte_order=order,
    )
    (tag,) = reader.inventory()
    assert tag.uid == uid and tag.error is None
    assert tag.item.item_id == LONG_ID and tag.item.title == TITLE and tag.item.isil == "JP-1000001"
    assert tag.item.byte_order == order and tag.item.other_blocks == (acquisition,)
    # the driver read on past the basic block (blocks 0–8) exactly as far as the chain goes
    used = len(iso28560_3.encode(tag.item))
    assert highest_block_read(rfid_sim) == used // 4 - 1 > 8


def test_a_basic_block_tag_costs_no_extra_reads(rfid_sim, reader):
    rfid_sim.add_item(ItemData("1000000001"))
    (tag,) = reader.inventory()
    assert tag.item.item_id == "1000000001"
    assert highest_block_read(rfid_sim) == 8


def test_a_chain_longer_than_the_tag_is_a_typed_problem_not_a_hang(rfid_sim, reader):
    memory = iso28560_3.encode(ItemData("4711"))[:34] + iso28560_3.encode_block(4, b"T" * 60)
    uid = rfid_sim.add_tag(memory=memory[:48])  # the tag ends inside the title block
    (tag,) = reader.inventory()
    assert tag.uid == uid and tag.item.item_id == "4711"
    assert tag.item.problems == (ElementProblem("extension_chain", "tag_block_chain"),)


def test_a_damaged_title_block_is_reported_and_logged_without_tag_data(rfid_sim, reader, captured_logs):
    raw = bytearray(iso28560_3.encode(ItemData(LONG_ID, title=TITLE)))
    title_at = 34 + raw[34]  # after the library extension block
    raw[title_at + 6] ^= 0x01
    rfid_sim.add_tag(memory=bytes(raw).ljust(112, b"\x00"))
    (tag,) = reader.inventory()
    assert tag.item.item_id == LONG_ID and tag.item.title == ""
    assert tag.item.problems == (ElementProblem("block_4", "tag_block_checksum"),)
    partial = [line for line in captured_logs if "rfid.tag_partial" in line]
    assert partial and "block_4:tag_block_checksum" in partial[0]
    text = "\n".join(captured_logs)
    assert LONG_ID not in text and "SAITAMA" not in text and TITLE not in text


def test_28560_2_numeric_identifier_and_isil_over_the_wire(rfid_sim, captured_logs):
    from hardware.rfid import iso28560_2

    uid = rfid_sim.add_item(
        ItemData("0012345678901", parts_in_set=3, part_number=2, isil="JP-1000001", title="坊っちゃん"),
        model="iso28560-2",
    )
    memory = bytes(rfid_sim.tag(uid).memory)
    comps = {oid: comp for oid, comp, _ in iso28560_2.iter_elements(memory)}
    assert comps[iso28560_2.OID_ITEM_ID] == iso28560_2.C_NUMERIC
    assert comps[iso28560_2.OID_OWNER_ISIL] == iso28560_2.C_APPLICATION
    with RfidReader(rfid_sim.path, model=get_model("iso28560-2"), timeout_s=3) as r:
        (tag,) = r.inventory()
    item = tag.item
    assert (item.item_id, item.isil, item.title) == ("0012345678901", "JP-1000001", "坊っちゃん")
    assert (item.parts_in_set, item.part_number) == (3, 2)
    assert "0012345678901" not in "\n".join(captured_logs)


def test_28560_2_isil_the_decoder_cannot_read_leaves_the_item_lendable(rfid_sim):
    from hardware.rfid import iso28560_2

    memory = (
        iso28560_2.encode_element(1, iso28560_2.compact("0099", iso28560_2.C_NUMERIC), iso28560_2.C_NUMERIC)
        + iso28560_2.encode_element(3, bytes.fromhex("fe7f"), iso28560_2.C_APPLICATION)
        + b"\x00"
    )
    rfid_sim.add_tag(memory=memory.ljust(112, b"\x00"))
    with RfidReader(rfid_sim.path, model=get_model("iso28560-2"), timeout_s=3) as r:
        (tag,) = r.inventory()
    assert tag.error is None and tag.item.item_id == "0099"
    assert tag.item.problems == (ElementProblem("owner_isil", "tag_isil_malformed"),)


def test_28560_2_malformed_numeric_identifier_is_an_unreadable_tag(rfid_sim):
    from hardware.rfid import iso28560_2

    memory = iso28560_2.encode_element(1, bytes.fromhex("12c4"), iso28560_2.C_NUMERIC) + b"\x00"
    rfid_sim.add_tag(memory=memory.ljust(112, b"\x00"))
    with RfidReader(rfid_sim.path, model=get_model("iso28560-2"), timeout_s=3) as r:
        (tag,) = r.inventory()
    assert tag.item is None and tag.error == "tag_numeric_malformed"


def test_the_simulator_refuses_an_item_larger_than_its_tag(rfid_sim):
    with pytest.raises(ValueError):
        rfid_sim.add_item(ItemData("1", title="長い題名" * 20), memory_blocks=28)


# ---- the kiosk lends an item whose identifier is in the extension block -----------------------------------------


def test_the_kiosk_lends_an_item_whose_identifier_is_in_the_library_extension_block(rfid_sim, tmp_path):
    from kiosk import config
    from kiosk.lending import Lender
    from kiosk.session import ItemState, Patron
    from kiosk.sip2 import demo_data
    from kiosk.sip2.demo import DemoLibrary
    from kiosk_app.adapters.devices import RfidService
    from kiosk_app.adapters.library import Sip2Library
    from offline_queue import OfflinePolicy
    from tests.sip2.conftest import make_client

    library = DemoLibrary()
    library.state.items[LONG_ID] = demo_data.DemoItem(LONG_ID, TITLE, "夏目漱石")
    library.start()
    cfg = config.from_dict({"kiosk": {"data_dir": str(tmp_path)}, "rfid": {"port": rfid_sim.path}})
    pad = RfidService.from_config(cfg.rfid)
    sip2 = Sip2Library(make_client(library))
    seen: list[str] = []
    pad.start(lambda item, source, title: seen.append(item))
    try:
        uid = rfid_sim.add_item(ItemData(LONG_ID, country="JP", isil="JP-1000001"))
        assert rfid_sim.tag(uid).memory[3] == 0x01  # the identifier really is in the extension block
        assert wait_for(lambda: seen == [LONG_ID])
        patron = Patron("barcode", demo_data.PATRON_OK)
        done = Lender(sip2, pad, None, OfflinePolicy()).lend(patron, LONG_ID)
        assert done.state is ItemState.LENT and done.title.startswith(TITLE)
        assert rfid_sim.tag(uid).afi == cfg.rfid.afi_lent
        assert library.state.loan(LONG_ID).patron == demo_data.PATRON_OK
    finally:
        pad.stop()
        sip2.client.close()
        library.close()
