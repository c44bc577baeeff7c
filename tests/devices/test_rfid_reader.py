import logging

import pytest

from hardware.rfid import (
    ForbiddenCommand,
    ItemData,
    ReaderTimeout,
    ReaderUnplugged,
    RfidReader,
    SecurityPolicy,
    Stack,
    get_model,
)
from hardware.rfid import protocol_3m as p
from hardware.sim.rfid_sim import make_uid

ON_SHELF, LENT = 0x07, 0xC2


def test_probe_and_inventory_of_a_mixed_stack(rfid_sim, reader):
    a = rfid_sim.add_item(ItemData("1000000001", country="JP", isil="JP-1000001"))
    b = rfid_sim.add_item(ItemData("1000000002"), byte_order="reversed")
    blank = rfid_sim.add_tag(memory=b"\x00" * 64)
    bad = rfid_sim.add_tag(memory=b"\x5a" * 64)
    assert reader.probe() == "10.5.0.2"
    tags = {t.uid: t for t in reader.inventory()}
    assert set(tags) == {a, b, blank, bad}
    assert tags[a].item.item_id == "1000000001" and tags[a].item.isil == "JP-1000001"
    assert tags[b].item.item_id == "1000000002" and tags[b].item.byte_order == "reversed"
    assert tags[a].lent is False and tags[a].afi == ON_SHELF
    assert tags[blank].item is None and tags[blank].error == "tag_blank"
    assert tags[bad].item is None and tags[bad].error == "tag_crc"


def test_28560_2_and_uid_models_over_the_wire(rfid_sim):
    u2 = rfid_sim.add_item(ItemData("2000000001", title="坊っちゃん"), model="iso28560-2")
    with RfidReader(rfid_sim.path, model=get_model("iso28560-2"), timeout_s=3) as r:
        (tag,) = r.inventory()
    assert tag.uid == u2 and tag.item.item_id == "2000000001" and tag.item.title == "坊っちゃん"
    rfid_sim.clear()
    u3 = rfid_sim.add_item(ItemData("ignored"), model="uid")
    with RfidReader(rfid_sim.path, model=get_model("uid", {u3: "3000000001"}), timeout_s=3) as r:
        (tag,) = r.inventory()
    assert tag.item.item_id == "3000000001"
    # the UID model reads no blocks at all
    assert not any(isinstance(q, p.ReadBlocks) for q in rfid_sim.received[-2:])


def test_short_tag_of_eight_blocks_is_read(rfid_sim, reader):
    from hardware.rfid import iso28560_3

    uid = rfid_sim.add_tag(memory=iso28560_3.encode(ItemData("55", isil="JP-123456"), length=32))
    (tag,) = reader.inventory()
    assert tag.uid == uid and tag.item.item_id == "55"


def test_security_switch_confirmed_by_readback(rfid_sim, reader):
    uid = rfid_sim.add_item(ItemData("1000000001"))
    res = reader.set_security(uid, lent=True)
    assert res.ok and res.attempts == 1 and res.final_state == "lent"
    assert rfid_sim.tag(uid).afi == LENT
    res = reader.set_security(uid, lent=False)
    assert res.ok and rfid_sim.tag(uid).afi == ON_SHELF
    writes = [q for q in rfid_sim.received if isinstance(q, p.WriteAfi)]
    assert writes and all(q.uid == uid for q in writes)  # always addressed to the one tag


def test_write_failures_are_retried_within_the_bound(rfid_sim, reader):
    uid = rfid_sim.add_item(ItemData("1000000001"))
    rfid_sim.fail_next_writes(uid, 2)
    res = reader.set_security(uid, lent=True)
    assert res.ok and res.attempts == 3
    assert rfid_sim.tag(uid).afi == LENT


def test_lost_writes_are_caught_by_readback_and_never_left_looking_lent(rfid_sim, reader):
    uid = rfid_sim.add_item(ItemData("1000000001"))
    rfid_sim.fail_next_writes(uid, 3, silently=True)  # acknowledged, not stored
    res = reader.set_security(uid, lent=True)
    assert not res.ok and res.needs_staff
    assert res.attempts == 3 and res.reason == "readback_mismatch"
    assert res.final_state == "secured" and rfid_sim.tag(uid).afi == ON_SHELF


def test_unconfirmed_loan_is_put_back_on_the_shelf(rfid_sim, reader):
    uid = rfid_sim.add_item(ItemData("1000000001"))
    # every write refused by the tag but the 4th (the restore): the loan is never confirmed
    rfid_sim.fail_next_writes(uid, 3)
    res = reader.set_security(uid, lent=True)
    assert not res.ok and res.reason == "tag_write_failed"
    assert rfid_sim.tag(uid).afi == ON_SHELF and res.final_state == "secured"


def test_tag_lifted_mid_transaction(rfid_sim, reader):
    keep = rfid_sim.add_item(ItemData("1000000001"))
    gone = rfid_sim.add_item(ItemData("1000000002"))
    rfid_sim.vanish_on(gone, p.CMD_WRITE_AFI)
    res = reader.set_security(gone, lent=True)
    assert not res.ok and res.reason == "tag_not_found" and res.final_state == "unknown"
    stack = Stack()
    stack.update([reader.read_tag(keep)])
    change = stack.update(reader.inventory())
    assert change.removed == [] and [t.uid for t in stack.tags] == [keep]
    # a tag that leaves between inventory and read is dropped, not reported as an error
    rfid_sim.vanish_on(keep, p.CMD_READ_AFI)
    assert reader.inventory() == []


def test_eas_method(rfid_sim):
    uid = rfid_sim.add_item(ItemData("1000000001"), eas=True)
    with RfidReader(rfid_sim.path, policy=SecurityPolicy(method="eas"), timeout_s=3) as r:
        assert r.inventory()[0].lent is False
        res = r.set_security(uid, lent=True)
    assert res.ok and rfid_sim.tag(uid).eas is False


def test_other_afi_values_from_configuration(rfid_sim):
    uid = rfid_sim.add_item(ItemData("1"), afi=0xDA)
    policy = SecurityPolicy(afi_on_shelf=0xDA, afi_lent=0xD7)
    with RfidReader(rfid_sim.path, policy=policy, timeout_s=3) as r:
        assert r.inventory()[0].lent is False
        assert r.set_security(uid, lent=True).ok
    assert rfid_sim.tag(uid).afi == 0xD7


def test_garbage_and_short_reads_are_survived(rfid_sim, reader):
    uid = rfid_sim.add_item(ItemData("1000000001"))
    rfid_sim.chunk_size = 3
    rfid_sim.garbage_before_answer = b"\x00\xff\xd6\x00\x09garbage\xd6"
    (tag,) = reader.inventory()
    assert tag.uid == uid and tag.item.item_id == "1000000001"
    assert reader.garbage_bytes > 0


def test_no_answer_is_a_timeout_and_the_next_command_works(rfid_sim):
    rfid_sim.add_item(ItemData("1"))
    with RfidReader(rfid_sim.path, timeout_s=0.5) as r:
        rfid_sim.mute_next = 1
        with pytest.raises(ReaderTimeout):
            r.inventory_uids()
        assert len(r.inventory_uids()) == 1


def test_unplugged_mid_command_then_found_again(rfid_sim, reader):
    uid = rfid_sim.add_item(ItemData("1000000001"))
    reader.probe()
    rfid_sim.unplug_mid_answer = True
    with pytest.raises(ReaderUnplugged) as e:
        reader.inventory()
    assert e.value.reason == "reader_unplugged"
    assert not reader.connected
    with pytest.raises(ReaderUnplugged):  # still gone: a typed error, not a hang
        reader.inventory()
    rfid_sim.replug()
    assert reader.wait_present(10)
    assert [t.uid for t in reader.inventory()] == [uid]


def test_security_switch_when_reader_unplugged_reports_it(rfid_sim, reader):
    uid = rfid_sim.add_item(ItemData("1000000001"))
    reader.probe()
    rfid_sim.unplug()
    res = reader.set_security(uid, lent=True)
    assert not res.ok and res.reason == "reader_unplugged"


def test_never_a_lock_command():
    with pytest.raises(ForbiddenCommand):
        p.encode_frame(p.CMD_LOCK_AFI, b"\x00" * 9)
    with pytest.raises(ForbiddenCommand):
        p.encode_frame(p.CMD_PASSTHROUGH, b"\x22")
    with pytest.raises(ForbiddenCommand):
        p.Request(cmd=p.CMD_LOCK_AFI, uid=make_uid(1))


def test_a_whole_session_sends_no_lock_and_no_unaddressed_write(rfid_sim, reader):
    uids = [rfid_sim.add_item(ItemData(f"10000000{i}")) for i in range(3)]
    reader.inventory()
    for u in uids:
        assert reader.set_security(u, lent=True).ok
    assert rfid_sim.forbidden_received == 0
    cmds = {q.cmd for q in rfid_sim.received}
    assert cmds <= {p.CMD_INVENTORY, p.CMD_READ_BLOCKS, p.CMD_READ_AFI, p.CMD_WRITE_AFI}
    assert all(q.uid for q in rfid_sim.received if q.cmd == p.CMD_WRITE_AFI)


def test_sets_lend_only_when_every_part_is_there(rfid_sim, reader):
    p1 = rfid_sim.add_item(ItemData("SET-1", parts_in_set=3, part_number=1))
    rfid_sim.add_item(ItemData("SET-1", parts_in_set=3, part_number=3))
    single = rfid_sim.add_item(ItemData("SINGLE"))
    stack = Stack("all_parts")
    tags = reader.inventory()
    stack.update(tags + tags)  # the same tags read twice count once
    assert len(stack.tags) == 3
    assert [s.item_id for s in stack.lendable()] == ["SINGLE"]
    (inc,) = stack.incomplete()
    assert inc.item_id == "SET-1" and inc.missing_parts == [2]
    rfid_sim.add_item(ItemData("SET-1", parts_in_set=3, part_number=2))
    change = stack.update(reader.inventory())
    assert len(change.added) == 1 and change.removed == []
    assert {s.item_id for s in stack.lendable()} == {"SINGLE", "SET-1"}
    assert len(next(s for s in stack.items() if s.item_id == "SET-1").uids) == 3
    rfid_sim.remove_tag(p1)
    rfid_sim.remove_tag(single)
    change = stack.update(reader.inventory())
    assert set(change.removed) == {p1, single}
    assert stack.lendable() == []
    assert [s.item_id for s in Stack("any_part").lendable()] == []
    any_part = Stack("any_part")
    any_part.update(reader.inventory())
    assert [s.item_id for s in any_part.lendable()] == ["SET-1"]


def test_logs_carry_no_item_identifiers(rfid_sim, reader, caplog):
    from eventlog import JsonFormatter

    uid = rfid_sim.add_item(ItemData("SECRET12345", title="秘密の本"), model="iso28560-3")
    caplog.set_level(logging.DEBUG)
    reader.inventory()
    rfid_sim.fail_next_writes(uid, 5, silently=True)
    reader.set_security(uid, lent=True)
    lines = [JsonFormatter().format(r) for r in caplog.records]
    assert any("rfid.security" in line for line in lines)
    for line in lines:
        assert "SECRET12345" not in line and uid not in line


def test_pad_switches_every_part_of_a_set_and_refuses_incomplete_sets(rfid_sim, reader):
    from hardware.rfid import RfidPad

    parts = [rfid_sim.add_item(ItemData("SET-9", parts_in_set=2, part_number=n)) for n in (1, 2)]
    pad = RfidPad(reader)
    pad.refresh()
    res = pad.set_item_security("SET-9", lent=True)
    assert res.ok and len(res.parts) == 2
    assert all(rfid_sim.tag(u).afi == LENT for u in parts)
    assert pad.set_item_security("NOT-HERE", lent=True).reason == "item_not_on_pad"
    rfid_sim.remove_tag(parts[1])
    pad.refresh()
    assert pad.set_item_security("SET-9", lent=False).ok  # securing what is there is always allowed
    rfid_sim.tag(parts[0]).afi = ON_SHELF
    res = pad.set_item_security("SET-9", lent=True)
    assert not res.ok and res.reason == "set_incomplete" and rfid_sim.tag(parts[0]).afi == ON_SHELF


def test_slow_reader_still_answers_within_the_timeout(rfid_sim, reader):
    rfid_sim.latency_s = 0.05  # a real pad takes tens of milliseconds per command
    uid = rfid_sim.add_item(ItemData("1000000001"))
    assert [t.uid for t in reader.inventory()] == [uid]
    assert reader.set_security(uid, lent=True).ok


def test_polling_reuses_decoded_data_but_always_reads_security(rfid_sim, reader):
    uids = [rfid_sim.add_item(ItemData(f"100000000{i}")) for i in range(3)]
    reader.inventory()
    first = len(rfid_sim.received)
    rfid_sim.tag(uids[0]).afi = LENT  # changed behind the kiosk's back: must be seen
    tags = {t.uid: t for t in reader.inventory()}
    polled = rfid_sim.received[first:]
    assert not any(isinstance(q, p.ReadBlocks) for q in polled)
    assert sum(isinstance(q, p.ReadAfi) for q in polled) == 3
    assert tags[uids[0]].lent is True and tags[uids[1]].lent is False
    fresh_from = len(rfid_sim.received)
    reader.inventory(fresh=True)
    assert any(isinstance(q, p.ReadBlocks) for q in rfid_sim.received[fresh_from:])


def test_a_tag_rewritten_off_the_pad_is_read_afresh(rfid_sim, reader):
    from hardware.rfid import iso28560_3

    uid = rfid_sim.add_item(ItemData("1000000001"))
    assert reader.inventory()[0].item.item_id == "1000000001"
    tag = rfid_sim.tag(uid)
    rfid_sim.remove_tag(uid)
    assert reader.inventory() == []
    # re-programmed at the staff desk, same chip, new item number
    rfid_sim.add_tag(uid, iso28560_3.encode(ItemData("1000000999")).ljust(112, b"\0"), afi=tag.afi)
    assert reader.inventory()[0].item.item_id == "1000000999"


def test_a_patron_card_on_the_pad_is_never_an_item(rfid_sim, reader):
    rfid_sim.add_item(ItemData("2000000001", usage=8))  # a library card with an RFID tag
    book = rfid_sim.add_item(ItemData("1000000001"))
    stack = Stack()
    stack.update(reader.inventory())
    assert [s.item_id for s in stack.items()] == ["1000000001"] and stack.items()[0].uids == [book]
    assert [t.item.item_id for t in stack.patron_cards] == ["2000000001"]


def test_a_flickering_tag_is_not_taken_for_lifted(rfid_sim, reader):
    from hardware.rfid import RfidPad

    edge = rfid_sim.add_item(ItemData("1000000001"))
    pad = RfidPad(reader, misses_before_removed=2)
    pad.refresh()
    rfid_sim.flicker(edge, 1)  # missed by one inventory, still on the pad
    assert pad.refresh().removed == [] and [s.item_id for s in pad.items()] == ["1000000001"]
    assert pad.refresh().removed == []  # back again
    rfid_sim.remove_tag(edge)
    assert pad.refresh().removed == []  # one miss is tolerated
    assert pad.refresh().removed == [edge]  # the second in a row is not
    assert pad.items() == []


def test_pad_from_config(rfid_sim):
    from hardware.rfid import RfidPad
    from kiosk import config

    cfg = config.from_dict({"rfid": {"port": rfid_sim.path, "sets": "any_part", "misses_before_removed": 3}})
    pad = RfidPad.from_config(cfg.rfid)
    assert pad.stack.policy == "any_part" and pad.stack.misses_before_removed == 3
    pad.reader.close()


@pytest.mark.parametrize("msb_first", [False, True])
def test_uid_byte_order_is_learnt_from_the_reader(rfid_sim, reader, msb_first):
    rfid_sim.uid_msb_first = msb_first  # the public captures do not settle the order: work with either
    uid = rfid_sim.add_item(ItemData("1000000001"))
    (tag,) = reader.inventory()
    assert tag.uid == uid and tag.uid.startswith("E0")
    assert reader.uid_msb_first is msb_first
    assert reader.set_security(uid, lent=True).ok and rfid_sim.tag(uid).afi == LENT


def test_wire_order_is_told_by_the_e0_byte():
    raw = bytes.fromhex("E004015000000001")
    assert p.wire_order(raw) is True and p.wire_order(raw[::-1]) is False
    assert p.uid_from_wire(raw) == p.uid_from_wire(raw[::-1]) == "E004015000000001"
    assert p.wire_order(bytes(8)) is None


def test_the_inventory_is_logged_when_the_pad_changes_not_on_every_poll(rfid_sim, reader, caplog):
    """The pad is polled about three times a second: the log gets a line when what lies on it changes."""
    rfid_sim.add_item(ItemData("1000000001"))
    with caplog.at_level(logging.DEBUG, logger="hardware.rfid"):
        for _ in range(5):
            reader.inventory()
        rfid_sim.add_item(ItemData("1000000002"))
        for _ in range(5):
            reader.inventory()
    lines = [r for r in caplog.records if r.getMessage() == "rfid.inventory"]
    assert [r.fields["tags"] for r in lines] == [1, 2]
