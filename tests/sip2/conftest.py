import pytest

from kiosk.sip2 import demo_data
from kiosk.sip2.client import Sip2Client
from kiosk.sip2.demo import DemoLibrary


@pytest.fixture
def library():
    lib = DemoLibrary()
    lib.start()
    yield lib
    lib.close()


def make_client(lib: DemoLibrary, **kw) -> Sip2Client:
    opts = dict(
        port=lib.port,
        username=demo_data.LOGIN_USER,
        password=demo_data.LOGIN_PASSWORD,
        institution=demo_data.INSTITUTION_ID,
        location=demo_data.LOCATION_CODE,
        timeout=10.0,
        use_acs_timeout=False,
        keepalive=0,
        backoff_initial=0.05,
        backoff_max=0.2,
    )
    opts.update(kw)
    return Sip2Client(**opts)


@pytest.fixture
def client(library):
    c = make_client(library)
    c.connect()
    yield c
    c.close()


SECRETS = [*demo_data.PATRONS, *demo_data.ITEMS, *(i.title for i in demo_data.ITEMS.values()),
           demo_data.PATRON_PASSWORD, demo_data.LOGIN_PASSWORD]  # fmt: skip


def assert_no_secrets(lines: list[str]) -> None:
    text = "\n".join(lines)
    for s in SECRETS:
        assert s not in text, f"a log line carries {s!r}"
