import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture
def rfid_sim(tmp_path):
    from hardware.sim.rfid_sim import RfidSim

    sim = RfidSim(link_dir=tmp_path)
    sim.start()
    yield sim
    sim.stop()


@pytest.fixture
def reader(rfid_sim):
    from hardware.rfid import RfidReader

    r = RfidReader(rfid_sim.path, timeout_s=3.0)
    yield r
    r.close()
