#!/usr/bin/env python3
"""Verifies a case's hand-off log as the hub serves it, with Python's hashlib and the `cryptography` package alone.

Usage: verify-hand-off-log.py LOG.json KEYS.json
  LOG.json   the answer of GET /api/cases/{id}/log
  KEYS.json  the answer of GET /ops/keys

It trusts none of the hub's own checks: it rebuilds every entry's canonical text from its fields, chains the hashes
from the first entry, follows each seal's Merkle path to its root, rebuilds the batch statement, and verifies the
ECDSA P-256 signature with the public key of the key id (itself recomputed from the key). Exit status 0 and "verified"
when everything holds; 1 and each problem otherwise. See docs/hand-off-log.md for the format.
"""
import base64
import hashlib
import json
import sys

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec


def escape(value):
    return value.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r")


def canonical(case_id, seq, entry, previous):
    return (
        "hub-log/1 entry\n"
        f"case {case_id}\n"
        f"seq {seq}\n"
        f"at {entry['at']}\n"
        f"actor {escape(entry['actor'])}\n"
        f"action {escape(entry['action'])}\n"
        f"status {entry['status']}\n"
        f"detail {escape(entry['detail'])}\n"
        f"evidence {escape(entry['evidence'])}\n"
        f"prev {previous}\n"
    )


def sha256(data):
    return hashlib.sha256(data).digest()


def main(log_file, keys_file):
    with open(log_file, encoding="utf-8") as f:
        log = json.load(f)
    with open(keys_file, encoding="utf-8") as f:
        published = json.load(f)["keys"]

    problems = []
    keys = {}
    for k in published:
        key = serialization.load_pem_public_key(k["publicKeyPem"].encode())
        spki = key.public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
        key_id = "hub-" + hashlib.sha256(spki).hexdigest()[:16]
        if key_id != k["keyId"]:
            problems.append(f"key {k['keyId']} is not the id of its public key ({key_id})")
        keys[key_id] = key

    chain = []
    previous = "0" * 64
    for seq, entry in enumerate(log["entries"], start=1):
        previous = hashlib.sha256(canonical(log["caseId"], seq, entry, previous).encode("utf-8")).hexdigest()
        chain.append(previous)

    sealed_through = 0
    for seal in log["seals"]:
        name = f"seal over entries 1..{seal['through']} ({seal['signedAt']})"
        through = seal["through"]
        if not 1 <= through <= len(chain):
            problems.append(f"{name}: the log has {len(chain)} entries")
            continue
        if chain[through - 1] != seal["head"]:
            problems.append(f"{name}: the entries chain to {chain[through - 1]}, the head signed is {seal['head']}")
        node = sha256(b"\x00" + bytes.fromhex(seal["head"]))
        for step in seal["path"]:
            sibling = bytes.fromhex(step[2:])
            node = sha256(b"\x01" + sibling + node) if step.startswith("L:") else sha256(b"\x01" + node + sibling)
        if node.hex() != seal["root"]:
            problems.append(f"{name}: the path leads to {node.hex()}, not to the root {seal['root']}")
        statement = (
            "hub-log/1 batch\n"
            f"key {seal['keyId']}\n"
            f"signed-at {seal['signedAt']}\n"
            f"size {seal['batchSize']}\n"
            f"root {seal['root']}\n"
        )
        key = keys.get(seal["keyId"])
        if key is None:
            problems.append(f"{name}: signed by {seal['keyId']}, which is not among the published keys")
        else:
            try:
                key.verify(base64.b64decode(seal["signature"]), statement.encode("utf-8"), ec.ECDSA(hashes.SHA256()))
            except InvalidSignature:
                problems.append(f"{name}: the signature does not verify with {seal['keyId']}")
        sealed_through = max(sealed_through, through)

    if sealed_through < len(chain):
        problems.append(f"entries {sealed_through + 1}..{len(chain)} are under no seal")

    if problems:
        for problem in problems:
            print(problem)
        return 1
    print(f"verified: case {log['caseId']}, {len(chain)} entries, {len(log['seals'])} seals, head {chain[-1] if chain else '-'}")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        print(__doc__)
        sys.exit(2)
    sys.exit(main(sys.argv[1], sys.argv[2]))
