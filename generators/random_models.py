"""Diffusion pipelines with random weights, built from the real architectures' configs.

`tiny` (the test model) and the benchmark's stand-ins for SD-Turbo and SDXL-Turbo are built here
from `image_models/<arch>/*.json`: the same shapes and FLOPs as the released checkpoints, no download.
Imported lazily by `generators.diffusion`; torch, diffusers and transformers load inside the builders.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

CONFIG_DIR = Path(__file__).with_name("image_models")


def toy_tokenizer() -> Any:
    """A CLIP tokenizer over single byte-level characters (no merges), built offline.

    Token ids differ from the real vocabulary's, but sequence length (77) and the model's cost are
    the same, which is all random-weight models need.
    """
    from transformers import CLIPTokenizer

    printable = [
        *range(ord("!"), ord("~") + 1),
        *range(ord("¡"), ord("¬") + 1),
        *range(ord("®"), ord("ÿ") + 1),
    ]
    chars = [chr(b) for b in printable]
    chars += [chr(256 + i) for i in range(256 - len(printable))]  # the byte-to-unicode remap
    vocab: dict[str, int] = {}
    for suffix in ("", "</w>"):
        for ch in chars:
            vocab[ch + suffix] = len(vocab)
    vocab["<|startoftext|>"] = len(vocab)
    vocab["<|endoftext|>"] = len(vocab)
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "vocab.json").write_text(json.dumps(vocab), encoding="utf-8")
        (Path(tmp) / "merges.txt").write_text("#version: 0.2\n", encoding="utf-8")
        return CLIPTokenizer(
            str(Path(tmp) / "vocab.json"), str(Path(tmp) / "merges.txt"), model_max_length=77
        )


def component_config(arch: str, part: str) -> dict[str, Any] | None:
    path = CONFIG_DIR / arch / f"{part}.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else None


def build_random_pipeline(arch: str, *, device: str = "cpu", seed: int = 0) -> Any:
    """An SD or SDXL pipeline from `image_models/<arch>/*.json` with random weights (fp32).

    Parameters are created directly on `device` so the 2.6 B-parameter SDXL builds in seconds on a GPU.
    """
    import torch
    from diffusers import AutoencoderKL, EulerDiscreteScheduler, UNet2DConditionModel
    from transformers import CLIPTextConfig, CLIPTextModel, CLIPTextModelWithProjection

    unet_cfg, vae_cfg = component_config(arch, "unet"), component_config(arch, "vae")
    te_cfg, te2_cfg = component_config(arch, "text_encoder"), component_config(arch, "text_encoder_2")
    if unet_cfg is None or vae_cfg is None or te_cfg is None:
        raise ValueError(f"no component configs for {arch!r} under {CONFIG_DIR}")
    torch.manual_seed(seed)
    with torch.device(device):
        unet = UNet2DConditionModel.from_config(unet_cfg)
        vae = AutoencoderKL.from_config(vae_cfg)
        text_encoder = CLIPTextModel(CLIPTextConfig.from_dict(te_cfg))
        text_encoder_2 = (
            CLIPTextModelWithProjection(CLIPTextConfig.from_dict(te2_cfg)) if te2_cfg is not None else None
        )
    scheduler = EulerDiscreteScheduler.from_config(component_config(arch, "scheduler") or {})
    tokenizer = toy_tokenizer()
    parts = {"unet": unet, "vae": vae, "text_encoder": text_encoder, "tokenizer": tokenizer}
    if text_encoder_2 is not None:
        from diffusers import StableDiffusionXLPipeline

        pipe = StableDiffusionXLPipeline(
            **parts, text_encoder_2=text_encoder_2, tokenizer_2=tokenizer, scheduler=scheduler
        )
    else:
        from diffusers import StableDiffusionPipeline

        pipe = StableDiffusionPipeline(
            **parts,
            scheduler=scheduler,
            safety_checker=None,
            feature_extractor=None,
            requires_safety_checker=False,
        )
    for module in (unet, vae, text_encoder, text_encoder_2):
        if module is not None:
            module.eval().requires_grad_(False)
    return pipe


def build_random_taesd(arch: str, *, device: str = "cpu", seed: int = 0) -> Any:
    """The TAESD tiny decoder from `image_models/<arch>/taesd.json`, random weights."""
    import torch
    from diffusers import AutoencoderTiny

    cfg = component_config(arch, "taesd")
    if cfg is None:
        raise ValueError(f"no taesd config for {arch!r} under {CONFIG_DIR}")
    torch.manual_seed(seed)
    with torch.device(device):
        return AutoencoderTiny.from_config(cfg).eval().requires_grad_(False)
