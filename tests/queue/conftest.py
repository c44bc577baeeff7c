import pytest

# the demo library, its client and the log capture are the SIP2 suite's; the queue tests use the same ones
from tests.sip2.conftest import assert_no_secrets, client, library, make_client  # noqa: F401


@pytest.fixture
def journal(tmp_path):
    from offline_queue import Journal

    j = Journal(tmp_path / "offline.sqlite", tmp_path / "offline.key")
    yield j
    j.close()
