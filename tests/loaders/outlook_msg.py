"""Outlook ``.msg`` files for tests, written as Outlook writes them: an OLE2 compound file
(MS-CFB, version 3, 512-byte sectors, streams under 4 KB in the mini stream) of MAPI properties
(MS-OXMSG): a ``__substg1.0_<id><type>`` stream per property of variable length, the fixed ones
in ``__properties_version1.0``, a storage per attachment and per recipient.
"""
from __future__ import annotations

import struct
from dataclasses import dataclass, field
from datetime import datetime

_FREE, _END, _FAT_SECTOR, _NONE = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF
_SECTOR, _MINI, _CUTOFF = 512, 64, 4096


@dataclass
class _Entry:
    name: str
    kind: int  # 1 storage, 2 stream, 5 root
    data: bytes = b""
    children: list["_Entry"] = field(default_factory=list)
    start: int = _END
    size: int = 0
    left: int = _NONE
    right: int = _NONE
    child: int = _NONE


def compound_file(tree: dict) -> bytes:
    """An OLE2 compound file of ``tree``: a name maps to bytes (a stream) or to a dict (a storage)."""
    def build(name: str, node, kind: int) -> _Entry:
        if isinstance(node, dict):
            return _Entry(name, kind, children=[build(k, v, 1 if isinstance(v, dict) else 2) for k, v in node.items()])
        return _Entry(name, 2, data=bytes(node))

    root = build("Root Entry", tree, 5)
    entries: list[_Entry] = []

    def number(e: _Entry) -> None:
        entries.append(e)
        for c in e.children:
            number(c)

    number(root)
    index = {id(e): i for i, e in enumerate(entries)}
    for e in entries:  # siblings in the order of the format (shorter names first, then by upper case), a chain
        kids = sorted(e.children, key=lambda c: (len(c.name), c.name.upper()))
        if kids:
            e.child = index[id(kids[0])]
            for a, b in zip(kids, kids[1:]):
                a.right = index[id(b)]

    sectors: list[bytes] = []
    fat: list[int] = []

    def allocate(data: bytes) -> int:
        if not data:
            return _END
        first = len(sectors)
        chunks = [data[i:i + _SECTOR].ljust(_SECTOR, b"\0") for i in range(0, len(data), _SECTOR)]
        for k, chunk in enumerate(chunks):
            sectors.append(chunk)
            fat.append(first + k + 1 if k + 1 < len(chunks) else _END)
        return first

    mini, minifat = bytearray(), []
    for e in entries:
        if e.kind != 2:
            continue
        e.size = len(e.data)
        if e.size >= _CUTOFF:
            e.start = allocate(e.data)
        elif e.size:
            e.start = len(minifat)
            n = -(-e.size // _MINI)
            mini += e.data.ljust(n * _MINI, b"\0")
            minifat += [e.start + k + 1 if k + 1 < n else _END for k in range(n)]
    root.start, root.size = allocate(bytes(mini)), len(mini)
    minifat_start = allocate(b"".join(struct.pack("<I", x) for x in minifat).ljust(
        -(-len(minifat) * 4 // _SECTOR) * _SECTOR, b"\xff")) if minifat else _END
    minifat_sectors = -(-len(minifat) * 4 // _SECTOR)

    directory = bytearray()
    for e in entries:
        name = (e.name + "\0").encode("utf-16-le")
        directory += name.ljust(64, b"\0") + struct.pack("<HBB", len(name), e.kind, 1)
        directory += struct.pack("<III", e.left, e.right, e.child) + b"\0" * 16 + struct.pack("<I", 0)
        directory += b"\0" * 16 + struct.pack("<IQ", e.start if e.kind != 1 else 0, e.size)
    while len(directory) % _SECTOR:
        directory += b"\0" * 64 + struct.pack("<HBB", 0, 0, 0) + struct.pack("<III", _NONE, _NONE, _NONE) + b"\0" * 52
    directory_start = allocate(bytes(directory))

    n_fat = 1
    while n_fat * _SECTOR // 4 < len(fat) + n_fat:
        n_fat += 1
    assert n_fat <= 109, "no DIFAT sectors in these small files"
    fat_start = len(sectors)
    fat += [_FAT_SECTOR] * n_fat
    table = b"".join(struct.pack("<I", x) for x in fat).ljust(n_fat * _SECTOR, b"\xff")
    sectors += [table[i:i + _SECTOR] for i in range(0, len(table), _SECTOR)]

    header = bytearray(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 16)
    header += struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6) + b"\0" * 6
    header += struct.pack("<IIIIIIIII", 0, n_fat, directory_start, 0, _CUTOFF, minifat_start, minifat_sectors, _END, 0)
    header += b"".join(struct.pack("<I", fat_start + k) for k in range(n_fat)) + b"\xff" * 4 * (109 - n_fat)
    return bytes(header) + b"".join(sectors)


def _string(value: str) -> bytes:
    return value.encode("utf-16-le")


def _filetime(when: datetime) -> int:
    return int((when - datetime(1601, 1, 1)).total_seconds() * 10_000_000)


def _fixed(props: list[tuple[int, int, bytes]], header: bytes) -> bytes:
    out = bytearray(header)
    for pid, kind, value in props:
        out += struct.pack("<II", (pid << 16) | kind, 6) + value.ljust(8, b"\0")
    return bytes(out)


def outlook_message(subject: str = "", sender: str = "", to: str = "", sent: datetime | None = None,
                    body: str | None = None, html: str | None = None, rtf: bytes | None = None,
                    attachments: tuple[tuple[str, bytes], ...] = (), string8: bool = False,
                    forwarded: bytes | None = None) -> bytes:
    """An Outlook ``.msg``: ``sent`` in UTC; ``rtf`` the PR_RTF_COMPRESSED bytes; ``string8`` writes the
    strings in cp1252 (PT_STRING8), as older Outlook versions do; ``forwarded`` a message attached to it."""
    kind = "001E" if string8 else "001F"
    encode = (lambda v: v.encode("cp1252")) if string8 else _string
    tree: dict = {f"__substg1.0_001A{kind}": encode("IPM.Note")}
    for pid, value in ((0x0037, subject), (0x0C1A, sender), (0x0E04, to), (0x1000, body)):
        if value:
            tree[f"__substg1.0_{pid:04X}{kind}"] = encode(value)
    if html is not None:
        tree["__substg1.0_10130102"] = html.encode("utf-8")
    if rtf is not None:
        tree["__substg1.0_10090102"] = rtf
    fixed = [(0x3FDE, 0x0003, struct.pack("<I", 1252 if string8 else 65001))]
    if sent:
        fixed.append((0x0039, 0x0040, struct.pack("<Q", _filetime(sent))))
    for k, (name, data) in enumerate(attachments):
        tree[f"__attach_version1.0_#{k:08X}"] = {
            "__substg1.0_3707001F": _string(name), "__substg1.0_37010102": data,
            "__properties_version1.0": _fixed([(0x3705, 0x0003, struct.pack("<I", 1))], b"\0" * 8)}
    if forwarded is not None:
        k = len(attachments)
        tree[f"__attach_version1.0_#{k:08X}"] = {
            "__substg1.0_3001001F": _string("Vidarebefordrat"),
            "__substg1.0_3701000D": {"__properties_version1.0": b"\0" * 24, "__substg1.0_001A001F": _string("IPM.Note"),
                                     "__substg1.0_1000001F": forwarded},
            "__properties_version1.0": _fixed([(0x3705, 0x0003, struct.pack("<I", 5))], b"\0" * 8)}
    n = len(attachments) + (forwarded is not None)
    tree["__properties_version1.0"] = _fixed(fixed, b"\0" * 8 + struct.pack("<IIII", 0, n, 0, n) + b"\0" * 8)
    tree["__nameid_version1.0"] = {"__substg1.0_00020102": b"", "__substg1.0_00030102": b"",
                                   "__substg1.0_00040102": b""}
    return compound_file(tree)
