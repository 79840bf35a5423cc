"""Make installed-looking distributions in a folder, so plugin discovery is tested without pip."""

from __future__ import annotations

import textwrap
from pathlib import Path

__all__ = ["make_distribution"]


def make_distribution(
    site: Path, name: str, version: str, entry_points: dict[str, str], modules: dict[str, str]
) -> Path:
    """Write ``name-version.dist-info`` with ``ingest`` entry points, and the modules, into ``site``."""
    site.mkdir(parents=True, exist_ok=True)
    info = site / f"{name.replace('-', '_')}-{version}.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n")
    lines = "\n".join(f"{ep} = {target}" for ep, target in entry_points.items())
    (info / "entry_points.txt").write_text(f"[ingest]\n{lines}\n")
    for module, source in modules.items():
        (site / f"{module}.py").write_text(textwrap.dedent(source))
    return site
