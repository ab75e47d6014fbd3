"""The one command (`python -m generators.serve`) in its own process, then killed mid-request.

Its own module because it starts a second Ray: it runs after `test_serve.py` has shut its one down.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

import pytest

from generators.image_client import ImageClient, ImageServiceError
from render.plan import ImagePlan
from tests.browser import free_port

ROOT = Path(__file__).resolve().parent.parent
pytestmark = [pytest.mark.slow, pytest.mark.filterwarnings("ignore:Using extra keyword arguments")]


def _kill_session(sid: int) -> None:
    """The service and everything Ray started for it (all in the session the test created)."""
    with contextlib.suppress(ProcessLookupError):
        os.killpg(sid, signal.SIGKILL)
    for proc in Path("/proc").iterdir():  # actors sit in process groups of their own
        with contextlib.suppress(OSError, ValueError, IndexError):
            if proc.name.isdigit() and int((proc / "stat").read_text().rsplit(")", 1)[1].split()[3]) == sid:
                os.kill(int(proc.name), signal.SIGKILL)


@pytest.fixture
def served(tmp_path):
    pytest.importorskip("ray", reason="ray[serve] is not installed (pip install -r requirements.txt)")
    port = free_port()
    cmd = [sys.executable, "-m", "generators.serve", "--model", "tiny", "--port", str(port),
           "--num-cpus", "1", "--cache-dir", str(tmp_path / "cache")]  # fmt: skip
    proc = subprocess.Popen(
        cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, start_new_session=True
    )
    lines: list[str] = []
    ready = threading.Event()

    def read() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            lines.append(line)
            if "image service ready at" in line:
                ready.set()

    threading.Thread(target=read, daemon=True).start()
    try:
        deadline = time.monotonic() + 180
        while not ready.wait(0.5):  # a command that died at once fails the test at once, with its words
            if proc.poll() is not None:
                time.sleep(0.2)  # the reader's last lines
                pytest.fail(
                    f"the service exited ({proc.returncode}) before it was ready:\n" + "".join(lines[-30:])
                )
            if time.monotonic() > deadline:
                pytest.fail("the service did not start within 180 s:\n" + "".join(lines[-30:]))
        yield f"http://127.0.0.1:{port}", proc
    finally:
        _kill_session(proc.pid)
        proc.wait(timeout=30)


def test_one_command_serves_and_killing_it_mid_request_gives_a_clear_note(served):
    from generators.diffusion import local_generator

    url, proc = served
    with urllib.request.urlopen(f"{url}/-/healthz", timeout=10) as r:
        assert r.read() == b"success"
    plain = ImageClient(url, cache_dir=None)
    backed = ImageClient(url, model="tiny", local=local_generator, cache_dir=None)
    slow = [ImagePlan(prompt=f"a long picture {i}", steps=100, seed=i) for i in range(2)]  # ~1–2 s each
    drawing = threading.Event()
    outcome: dict[str, object] = {}
    said: list[str] = []

    def ask(name: str, client: ImageClient, plan: ImagePlan) -> None:
        try:
            outcome[name] = client.generate(
                plan, 64, 64, progress=lambda s, t: drawing.set(), status=said.append
            )
        except ImageServiceError as err:
            outcome[name] = err
        outcome[f"{name}-at"] = time.monotonic()

    threads = [
        threading.Thread(target=ask, args=("plain", plain, slow[0])),
        threading.Thread(target=ask, args=("backed", backed, slow[1])),
    ]
    for t in threads:
        t.start()
    assert drawing.wait(60), "the service never started drawing"
    _kill_session(proc.pid)  # the whole service: driver, Ray, proxy and replica
    killed = time.monotonic()
    for t in threads:
        t.join(timeout=120)
    err = outcome["plain"]
    assert isinstance(err, ImageServiceError), err
    assert "stopped answering during the request" in str(err) or "not reachable" in str(err)
    assert outcome["plain-at"] - killed < 10, "a dead service is noticed in seconds, never a hang"
    png = outcome["backed"]
    assert isinstance(png, bytes) and png[:4] == b"\x89PNG"
    assert any("made the picture here with tiny instead" in m for m in said), said


def test_a_broken_ray_install_is_one_clear_sentence_from_the_command_and_the_bench(tmp_path):
    """As on a machine whose grpcio is older than Ray Serve's generated code wants: importing
    `ray.serve` raises. The command exits with a sentence naming the cause and the fix; the benchmark
    says it skipped, and why; neither prints a traceback."""
    fake = tmp_path / "ray"
    fake.mkdir()
    (fake / "__init__.py").write_text("__version__ = '0'\n", encoding="utf-8")
    (fake / "serve.py").write_text(
        "raise RuntimeError('The grpc package installed is at version 1.84.0, but the generated code "
        "depends on grpcio>=1.85.1')\n",
        encoding="utf-8",
    )
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(tmp_path), str(ROOT)]))
    cmd = subprocess.run(
        [sys.executable, "-m", "generators.serve", "--model", "tiny"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert cmd.returncode != 0 and "Traceback" not in cmd.stderr
    assert "needs Ray Serve" in cmd.stderr and "grpcio>=1.85.1" in cmd.stderr
    assert "pip install 'ray[serve]==2.60.0'" in cmd.stderr
    bench = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "serve_bench.py")],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert bench.returncode == 0 and "Traceback" not in bench.stderr
    skipped = json.loads(bench.stdout.strip().splitlines()[-1])["skipped"]
    assert skipped.startswith("Ray Serve could not be imported: RuntimeError: The grpc package")
