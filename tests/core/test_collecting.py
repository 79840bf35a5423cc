"""Walking directories: order, depth, hidden entries, links, directories that cannot be listed."""

import os
from pathlib import Path

from ingest_builtins.collecting.files import walk


def _tree(root: Path) -> None:
    for relative in ("a/b/c/deep.txt", "a/b/mid.txt", "a/first.txt", "a0.txt", "z/last.txt", "a/.hid/x.txt"):
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(relative)
    (root / "empty").mkdir()


def _relative(root: Path, include_hidden: bool = False) -> list[str]:
    return [os.path.relpath(s.path, root) for s in walk(str(root), include_hidden)]


def test_depth_first_in_name_order_at_every_level(tmp_path):
    _tree(tmp_path)
    assert _relative(tmp_path) == ["a/b/c/deep.txt", "a/b/mid.txt", "a/first.txt", "a0.txt", "z/last.txt"]


def test_hidden_entries_only_when_asked_for(tmp_path):
    _tree(tmp_path)
    assert "a/.hid/x.txt" in _relative(tmp_path, include_hidden=True)


def test_paths_are_absolute_and_uris_name_them(tmp_path, monkeypatch):
    _tree(tmp_path)
    monkeypatch.chdir(tmp_path)
    sources = list(walk("a"))
    assert all(os.path.isabs(s.path) and s.uri == "file://" + s.path for s in sources)
    assert sources[0].path == str(tmp_path / "a" / "b" / "c" / "deep.txt")


def test_links_to_directories_are_not_followed(tmp_path):
    _tree(tmp_path)
    (tmp_path / "a" / "loop").symlink_to(tmp_path, target_is_directory=True)
    names = _relative(tmp_path)
    assert "a/loop" in names  # the link itself is a source, its target is not walked again
    assert len(names) == 6


def test_a_directory_that_cannot_be_listed_is_a_source_of_its_own(tmp_path, monkeypatch):
    _tree(tmp_path)
    refused = str(tmp_path / "a" / "b")
    real_scandir = os.scandir

    def scandir(path):
        if str(path) == refused:
            raise PermissionError(13, "Permission denied", path)
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    assert _relative(tmp_path) == ["a/b", "a/first.txt", "a0.txt", "z/last.txt"]
