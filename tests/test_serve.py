"""The image service end to end on CPU: Ray Serve in this process (2 CPUs), the `tiny` model, real HTTP.

One Ray session serves the whole module (starting it takes ~15 s); tests that need no service
(timeouts, a service that is down or hangs, error mapping) run without it.
"""

from __future__ import annotations

import io
import json
import os
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pytest
from PIL import Image

from generators.image_client import ImageClient, ImageServiceError
from render.plan import ImagePlan
from tests.browser import free_port

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.filterwarnings("ignore:Using extra keyword arguments on `Field`")  # ray's pydantic


def pixels(png: bytes) -> np.ndarray:
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    return np.asarray(Image.open(io.BytesIO(png)).convert("RGB"), dtype=np.float32)


def post(url: str, body: bytes | dict, path: str = "/generate") -> tuple[int, bytes]:
    data = body if isinstance(body, bytes) else json.dumps(body).encode()
    req = urllib.request.Request(url + path, data=data, headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=60) as r:
            return r.status, r.read()
    except urllib.error.HTTPError as err:
        return err.code, err.read()


def get(url: str, path: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url + path, timeout=30) as r:
            return r.status, r.read()
    except urllib.error.HTTPError as err:
        return err.code, err.read()


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    pytest.importorskip("ray", reason="ray[serve] is not installed (pip install -r requirements.txt)")
    from generators import serve

    cache = tmp_path_factory.mktemp("service-cache")
    settings = {"model": "tiny", "cache_dir": str(cache), "gpus_per_replica": 0, "batch_wait_timeout_s": 0.25}
    url = serve.start(settings, port=free_port(), num_cpus=2)
    try:
        yield SimpleNamespace(url=url, cache=cache)
    finally:
        serve.stop()


@pytest.fixture(scope="module")
def local_tiny():
    """The local tiny generator (loads torch once for the module); no disk cache of its own. On the
    CPU like the service's replica (no GPU asked): on an H200 CUDA's bf16 pixels differed from it."""
    from generators.diffusion import DiffusionGenerator

    gen = DiffusionGenerator("tiny", device="cpu", cache_dir=None)
    gen.load()
    return gen


def unique(prompt: str, **kw) -> ImagePlan:
    return ImagePlan(prompt=f"{prompt} {time.time_ns()}", **kw)


# ------------------------------------------------------------------------------------- the service


@pytest.mark.slow
def test_health_routes_answer(service):
    assert get(service.url, "/-/healthz") == (200, b"success")  # Ray Serve's own
    client = ImageClient(service.url, cache_dir=None)
    assert client.health()["status"] == "ready"
    info = client.info()
    assert info["model"] == "tiny" and info["device"] == "cpu" and info["key_model"] == "tiny"
    assert info["max_batch_size"] == 8 and "POST /generate" in info["routes"]


@pytest.mark.slow
def test_concurrent_clients_share_batches_and_each_gets_its_own_picture(service, local_tiny):
    client = ImageClient(service.url, cache_dir=None)  # one client shared by eight "sessions"
    before = client.stats()
    plans = [unique(f"boat {i}", seed=i) for i in range(8)]
    out: dict[int, bytes] = {}
    steps: dict[int, list[tuple[int, int]]] = {i: [] for i in range(8)}
    start = threading.Barrier(8)

    def ask(i: int) -> None:
        start.wait()
        out[i] = client.generate(plans[i], 64, 64, progress=lambda s, t: steps[i].append((s, t)))

    threads = [threading.Thread(target=ask, args=(i,)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    after = client.stats()
    assert sorted(out) == list(range(8)) and len(set(out.values())) == 8
    assert after["images_made"] - before["images_made"] == 8
    sizes = {int(k): v - before["batch_sizes"].get(k, 0) for k, v in after["batch_sizes"].items()}
    assert max(k for k, v in sizes.items() if v > 0) > 1, f"no batching: {sizes}"
    assert after["max_batch_size_seen"] > 1 and after["queue"] == 0
    for i in range(8):
        assert steps[i] == [(0, 2), (1, 2), (2, 2)], "each request hears its own batch's steps"
        same = pixels(local_tiny.generate(plans[i], 64, 64))
        assert np.abs(pixels(out[i]) - same).mean() < 2, "each requester got its own picture"


@pytest.mark.slow
def test_cache_is_shared_both_ways(service, tmp_path):
    from generators.diffusion import DiffusionGenerator

    # made by the service → a local generator on the same cache folder finds it without loading
    client = ImageClient(service.url, cache_dir=tmp_path / "client-cache")
    plan = unique("lighthouse", seed=3)
    png = client.generate(plan, 64, 64)
    local = DiffusionGenerator("tiny", cache_dir=service.cache)
    key = client.cache_key(plan, 64, 64)
    assert local.cache_key(plan, 64, 64) == key
    assert (service.cache / key[:2] / f"{key}.png").read_bytes() == png
    assert local.generate(plan, 64, 64) == png and local.loads == 0
    # …and the client kept it in its own cache under the same key (another machine's cache)
    assert (tmp_path / "client-cache" / key[:2] / f"{key}.png").read_bytes() == png

    # made locally → the service answers from the cache without drawing
    other = unique("harbour", seed=4)
    mine = local.generate(other, 64, 64)
    assert local.loads == 1
    before = client.stats()
    status, body = post(service.url, {"plan": other.model_dump(mode="json"), "width": 64, "height": 64})
    assert status == 200
    events = [json.loads(line) for line in body.splitlines()]
    (image,) = [e for e in events if e["event"] == "image"]
    assert image["cached"] and image["key"] == local.cache_key(other, 64, 64)
    import base64

    assert base64.b64decode(image["png"]) == mine
    after = client.stats()
    assert after["cache_hits"] == before["cache_hits"] + 1
    assert after["images_made"] == before["images_made"]


@pytest.mark.slow
def test_a_get_carries_the_request_in_its_url_and_a_quiet_request_gets_one_plain_response(service):
    from urllib.parse import quote

    plan = unique("quay", seed=5).model_dump(mode="json")
    body = {"plans": [plan], "width": 64, "height": 64, "progress": False}
    with urllib.request.urlopen(f"{service.url}/generate?request={quote(json.dumps(body))}", timeout=60) as r:
        plain = r.headers.get("Content-Length"), r.headers.get("Transfer-Encoding"), r.read()
    assert plain[0] is not None and plain[1] is None, "no steps to show: one response, not a stream"
    events = [json.loads(line) for line in plain[2].splitlines()]
    assert events[0]["event"] == "accepted" and events[-1]["event"] == "done"
    (mine,) = [e for e in events if e["event"] == "image"]
    req = urllib.request.Request(
        service.url + "/generate", data=json.dumps({**body, "progress": True}).encode(), method="POST"
    )
    with urllib.request.urlopen(req, timeout=60) as r:  # the same picture by POST (now from the cache)
        streamed = r.headers.get("Transfer-Encoding"), [json.loads(line) for line in r.read().splitlines()]
    assert streamed[0] == "chunked", "someone watching the steps gets a stream"
    (image,) = [e for e in streamed[1] if e["event"] == "image"]
    assert image["cached"] and image["png"] == mine["png"]
    status, answer = get(service.url, "/generate?request=" + quote('{"plans": []}'))
    assert status == 422 and '"plans"' in json.loads(answer)["error"]


@pytest.mark.slow
def test_the_client_imports_no_torch(service):
    code = f"""
import sys
from generators.diffusion import get_image_generator
from render import render
from render.layout import Picture
from render.plan import ImagePlan
gen = get_image_generator("tiny", server={service.url!r})
seen = []
png = gen.generate(ImagePlan(prompt="no torch here {time.time_ns()}"), 64, 64, progress=lambda s, t: seen.append(s))
result = render({{"kind": "image", "prompt": "a quiet harbour {time.time_ns()}"}}, images=gen)
pictures = [e for p in result.layout.pages for e in p.elements if isinstance(e, Picture)]
print(png[:4] == b"\\x89PNG", seen == [0, 1, 2], len(pictures), type(gen).__name__)
print(sorted(m for m in ("torch", "diffusers", "transformers", "ray") if m in sys.modules))
"""
    env = dict(os.environ, RENDER_CACHE_DIR=str(service.cache), PYTHONPATH=str(ROOT))
    env.pop("RENDER_IMAGE_SERVER", None)
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=env, timeout=120
    )
    assert out.returncode == 0, out.stderr
    first, second = out.stdout.strip().splitlines()[-2:]
    assert first == "True True 1 ImageClient"
    assert second == "[]"


@pytest.mark.slow
def test_bad_requests_get_clear_4xx_and_the_service_keeps_serving(service):
    url = service.url
    plan = {"prompt": "x"}
    cases = [
        (b"{this is not json", 400, "not JSON"),
        (b"[1, 2]", 400, "JSON object"),
        ({"plans": [plan], "width": 10, "height": 64}, 422, "invalid size"),
        ({"plans": [plan], "width": "wide", "height": 64}, 422, "invalid size"),
        ({"plans": [plan] * 10_000, "width": 64, "height": 64}, 413, "at most 64"),
        ({"plans": [{"prompt": ""}], "width": 64, "height": 64}, 422, "prompt"),
        ({"width": 64, "height": 64}, 422, '"plans"'),
    ]
    for body, code, words in cases:
        status, answer = post(url, body)
        assert status == code, (body if isinstance(body, bytes) else list(body), answer)
        assert words in json.loads(answer)["error"]
    assert get(url, "/nowhere")[0] == 404
    assert get(url, "/generate")[0] == 405
    status, png = post(
        url, {"plan": {"prompt": f"still here {time.time_ns()}"}, "width": 96, "height": 64}, "/generate.png"
    )
    assert status == 200 and pixels(png).shape == (64, 96, 3)

    from generators.diffusion import local_generator

    client = ImageClient(url, model="tiny", local=local_generator, cache_dir=None)
    with pytest.raises(ImageServiceError, match=r"invalid size.*HTTP 422") as info:
        client.generate(ImagePlan(prompt="too small"), 32, 32)
    assert info.value.refused, "a refused request is an error, not a reason to draw locally"
    assert client.stats()["errors"].get("422", 0) >= 3


@pytest.mark.slow
def test_cli_uses_the_service(service, tmp_path):
    before = ImageClient(service.url, cache_dir=None).stats()
    out = tmp_path / "out.png"
    env = dict(os.environ, RENDER_CACHE_DIR=str(tmp_path / "cache"))
    proc = subprocess.run(
        [sys.executable, "-m", "render", "make", f"draw a lighthouse at {time.time_ns()}",
         "--image-server", service.url, "-o", str(out)],
        capture_output=True, text=True, cwd=ROOT, env=env, timeout=120,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert out.read_bytes()[:4] == b"\x89PNG" and "failed" not in proc.stderr
    assert f"image service {service.url}: drawing on cpu" in proc.stderr
    after = ImageClient(service.url, cache_dir=None).stats()
    assert after["images_made"] == before["images_made"] + 1


# ------------------------------------------------------------------ no service: down, hung, errors


def test_a_down_service_is_a_clear_error_within_the_connect_timeout():
    client = ImageClient(f"http://127.0.0.1:{free_port()}", connect_timeout=1.0, cache_dir=None)
    start = time.monotonic()
    with pytest.raises(ImageServiceError, match="not reachable"):
        client.generate(ImagePlan(prompt="x"), 64, 64)
    assert time.monotonic() - start < 3
    start = time.monotonic()  # remembered for a while: the next call does not wait again
    with pytest.raises(ImageServiceError, match="not reachable"):
        client.generate(ImagePlan(prompt="y"), 64, 64)
    assert time.monotonic() - start < 0.5


def test_a_down_service_falls_back_to_the_local_model_and_says_so(tmp_path, monkeypatch):
    from generators import diffusion

    monkeypatch.setenv("RENDER_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("RENDER_IMAGE_MODEL", raising=False)
    client = diffusion.get_image_generator("tiny", server=f"http://127.0.0.1:{free_port()}")
    assert isinstance(client, ImageClient)
    said: list[str] = []
    png = client.generate(ImagePlan(prompt="fallback", seed=1), 64, 64, status=said.append)
    assert pixels(png).shape == (64, 64, 3)
    (note,) = [m for m in said if "instead" in m]
    assert "not reachable" in note and "made the picture here with tiny instead" in note


def test_no_usable_local_model_is_named_in_the_error(tmp_path, monkeypatch):
    from generators import diffusion

    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf"))
    monkeypatch.delenv("HF_HUB_CACHE", raising=False)
    client = ImageClient(
        f"http://127.0.0.1:{free_port()}", model="sd-turbo", local=diffusion.local_generator, cache_dir=None
    )
    with pytest.raises(ImageServiceError, match=r"not reachable.*no local model to fall back on.*sd-turbo"):
        client.generate(ImagePlan(prompt="x"), 64, 64)


def test_a_hung_service_times_out_instead_of_hanging():
    """A server that accepts the connection and then says nothing: the idle timeout ends the call."""
    listener = socket.create_server(("127.0.0.1", 0))
    port = listener.getsockname()[1]
    held: list[socket.socket] = []
    threading.Thread(target=lambda: held.append(listener.accept()[0]), daemon=True).start()
    client = ImageClient(f"http://127.0.0.1:{port}", idle_timeout=1.0, cache_dir=None)
    start = time.monotonic()
    try:
        with pytest.raises(ImageServiceError, match=r"did not answer|went silent"):
            client.info()
        assert time.monotonic() - start < 5
    finally:
        for s in [*held, listener]:
            s.close()


def test_render_turns_a_service_error_into_a_placeholder_and_a_note():
    from render import render

    client = ImageClient(f"http://127.0.0.1:{free_port()}", connect_timeout=1.0, cache_dir=None)
    result = render({"kind": "image", "prompt": "a lighthouse"}, images=client)
    names = [e.name for p in result.layout.pages for e in p.elements]
    assert "image-placeholder" in names
    assert any(n.startswith("Image generation failed: the image service at") for n in result.notes)


def test_failures_while_drawing_map_to_clear_http_errors():
    pytest.importorskip("ray")
    from generators.diffusion import MissingWeightsError
    from generators.serve import error_status

    class OutOfMemoryError(RuntimeError):  # the name torch gives CUDA's
        pass

    assert error_status(OutOfMemoryError("CUDA out of memory. Tried to allocate 2 GiB"))[0] == 503
    code, message = error_status(MemoryError())
    assert code == 503 and "ran out of memory" in message
    assert error_status(MissingWeightsError("no weights"))[0] == 503
    assert error_status(RuntimeError("boom")) == (
        500,
        "the image service failed while drawing (RuntimeError: boom)",
    )


def test_client_rejects_a_url_that_is_not_http():
    with pytest.raises(ValueError, match="http"):
        ImageClient("ftp://example/")
    assert ImageClient("127.0.0.1:8000").url == "http://127.0.0.1:8000"


@pytest.mark.parametrize(
    ("ray_running", "gpu_ids", "cuda", "device"),
    [
        (True, [], True, "cpu"),  # Ray gave this replica no GPU: it must not take one anyway
        (True, [0], True, None),  # given one: the generator picks it (Ray set CUDA_VISIBLE_DEVICES)
        (True, [], False, None),  # no CUDA at all: automatic (CPU, or a Mac's MPS)
        (False, [], True, None),  # outside Ray (a test, a script): automatic
    ],
)
def test_a_replica_uses_a_gpu_only_when_ray_gave_it_one(monkeypatch, ray_running, gpu_ids, cuda, device):
    pytest.importorskip("ray", reason="ray[serve] is not installed (pip install -r requirements.txt)")
    import ray
    import torch

    from generators import serve

    monkeypatch.setattr(ray, "is_initialized", lambda: ray_running)
    monkeypatch.setattr(ray, "get_gpu_ids", lambda: gpu_ids)
    monkeypatch.setattr(torch.cuda, "is_available", lambda: cuda)
    assert serve._replica_device() == device
