"""Child process for the crash-safety test: lends offline and replays, until it is killed.

argv: journal key port first count every (replay after every N enqueues)
stdout: "try N" before an enqueue, "ok N" once it returned (the patron is told), "replayed A" after a replay.
"""

import sys

from kiosk.circulation import Circulation
from kiosk.sip2 import demo_data
from kiosk.sip2.client import Sip2Client
from offline_queue import Journal


def main() -> None:
    journal_path, key_path, port, first, count, every = sys.argv[1:7]
    j = Journal(journal_path, key_path)
    client = Sip2Client(
        port=int(port),
        username=demo_data.LOGIN_USER,
        password=demo_data.LOGIN_PASSWORD,
        institution=demo_data.INSTITUTION_ID,
        timeout=5.0,
        use_acs_timeout=False,
        keepalive=0,
        retries=2,
        backoff_initial=0.01,
        backoff_max=0.05,
    )
    circ = Circulation(client)
    print("ready", flush=True)
    for n in range(int(first), int(first) + int(count)):
        print(f"try {n}", flush=True)
        j.enqueue(demo_data.PATRON_OK, f"C{n:07d}")
        print(f"ok {n}", flush=True)
        if n % int(every) == 0:
            print("replaying", flush=True)
            report = j.replay(circ)
            print(f"replayed {report.acknowledged}", flush=True)
    j.replay(circ)
    print("done", flush=True)


if __name__ == "__main__":
    main()
