"""A random pad: tags come and go, writes fail or are lost, security is switched — the safety rules always hold.

* an inventory shows exactly the tags on the pad, each once;
* ``ok`` from a security switch means the tag really is in that state;
* a failed switch to "lent" never leaves a tag that is still on the pad looking lent.
"""

import tempfile

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule

from hardware.rfid import ItemData, RfidReader
from hardware.sim.rfid_sim import RfidSim, make_uid

ON_SHELF, LENT = 0x07, 0xC2


class Pad(RuleBasedStateMachine):
    @initialize()
    def start(self):
        self.dir = tempfile.TemporaryDirectory()
        self.sim = RfidSim(link_dir=self.dir.name)
        self.sim.start()
        self.reader = RfidReader(self.sim.path, timeout_s=5)
        self.n = 0

    def teardown(self):
        if hasattr(self, "reader"):
            self.reader.close()
            self.sim.stop()
            self.dir.cleanup()

    @rule()
    def add(self):
        self.n += 1
        self.sim.add_item(ItemData(f"{1000000000 + self.n}"), uid=make_uid(self.n))

    @precondition(lambda self: self.sim.tags)
    @rule(data=st.data())
    def remove(self, data):
        self.sim.remove_tag(data.draw(st.sampled_from(sorted(self.sim.tags))))

    @precondition(lambda self: self.sim.tags)
    @rule(data=st.data(), n=st.integers(1, 4), silently=st.booleans())
    def failing_writes(self, data, n, silently):
        self.sim.fail_next_writes(data.draw(st.sampled_from(sorted(self.sim.tags))), n, silently=silently)

    @precondition(lambda self: self.sim.tags)
    @rule(data=st.data(), lent=st.booleans(), vanish=st.booleans())
    def switch(self, data, lent, vanish):
        uid = data.draw(st.sampled_from(sorted(self.sim.tags)))
        if vanish:
            self.sim.vanish_on(uid, 0x09)  # lifted from the pad as the write arrives
        res = self.reader.set_security(uid, lent)
        tag = self.sim.tags.get(uid)
        if res.ok:
            assert tag is not None and tag.afi == (LENT if lent else ON_SHELF)
        elif lent and tag is not None:
            assert tag.afi != LENT, "a loan that failed left the tag looking lent"
        if tag is not None:
            tag.vanish_on = None

    @invariant()
    def inventory_matches_the_pad(self):
        if hasattr(self, "reader"):
            uids = [t.uid for t in self.reader.inventory()]
            assert sorted(uids) == sorted(self.sim.tags) and len(set(uids)) == len(uids)


Pad.TestCase.settings = settings(
    max_examples=20, stateful_step_count=12, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
TestPad = Pad.TestCase
