"""Reading bytes through a file descriptor: regular files in one read, other files to their end."""

from __future__ import annotations

import json
import os
import threading

import pytest
from ingest_builtins.reading.files import read_descriptor

from ingest import Failure, RecordSource, Rejected, dump_line


def test_regular_file_is_read_whole(tmp_path):
    path = tmp_path / "doc.txt"
    path.write_bytes(b"x" * 300_000)
    fd = os.open(path, os.O_RDONLY)
    try:
        assert read_descriptor(fd, 1_000_000) == b"x" * 300_000
    finally:
        os.close(fd)


def test_regular_file_over_the_limit_is_refused_before_reading(tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes(b"y" * 2_000)
    fd = os.open(path, os.O_RDONLY)
    try:
        with pytest.raises(Rejected, match="over the limit"):
            read_descriptor(fd, 1_000)
    finally:
        os.close(fd)


def test_pipe_is_read_in_chunks_to_its_end_and_stops_past_the_limit():
    read_end, write_end = os.pipe()
    payload = b"z" * 3_000_000

    def feed() -> None:
        with os.fdopen(write_end, "wb") as stream:
            for start in range(0, len(payload), 65_536):
                stream.write(payload[start : start + 65_536])

    writer = threading.Thread(target=feed)
    writer.start()
    try:
        data = read_descriptor(read_end, 5_000_000)
    finally:
        writer.join()
        os.close(read_end)
    assert data == payload


def test_dump_line_escapes_a_lone_surrogate_and_ends_the_line():
    failure = Failure(
        source=RecordSource(uri="file:///tmp/%FF", path="/tmp/\udcff"),
        stage="read",
        plugin=None,
        error_type="Rejected",
        message="cannot read",
    )
    line = dump_line(failure)
    assert line.endswith(b"\n") and line.count(b"\n") == 1
    assert json.loads(line)["source"]["path"] == "/tmp/\udcff"
