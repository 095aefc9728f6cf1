"""Who sent a file: Ed25519 keys, signatures over what a file says, and the fingerprint a person compares.

Each school file gets a key pair when it is made (and an office file too); an export is signed over
its content hash with the school's key, a reply or a commune's bundle with the office's key. The
receiver keeps the sender's public key the first time it sees it (trust on first use, as SSH does):
a later file for the same sender signed by another key is held until a person confirms the change
(a reinstalled PC), so an edited file with a recomputed hash is refused for its signature.

Keys and signatures are stored as base64 text of their raw bytes (32 and 64 bytes). The signed
message names what it is about, so a signature of one kind of file never validates another.
"""
from __future__ import annotations

import base64
import binascii
import hashlib

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

_RAW = serialization.Encoding.Raw
_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
PUBLIC_KEY_CHARS = 44          # base64 of 32 bytes
SIGNATURE_CHARS = 88           # base64 of 64 bytes


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _raw(text: str, size: int) -> bytes | None:
    try:
        data = base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, ValueError, UnicodeEncodeError, AttributeError):
        return None
    return data if len(data) == size else None


def new_key_pair() -> tuple[str, str]:
    """(private, public) as base64 text."""
    key = Ed25519PrivateKey.generate()
    private = key.private_bytes(_RAW, serialization.PrivateFormat.Raw, serialization.NoEncryption())
    return _b64(private), _b64(key.public_key().public_bytes(_RAW, serialization.PublicFormat.Raw))


def public_of(private: str) -> str:
    raw = _raw(private, 32)
    if raw is None:
        raise ValueError("not an Ed25519 private key")
    return _b64(Ed25519PrivateKey.from_private_bytes(raw).public_key().public_bytes(_RAW, serialization.PublicFormat.Raw))


def sign(private: str, message: bytes) -> str:
    raw = _raw(private, 32)
    if raw is None:
        raise ValueError("not an Ed25519 private key")
    return _b64(Ed25519PrivateKey.from_private_bytes(raw).sign(message))


def verify(public: str, message: bytes, signature: str) -> bool:
    """True only for a well-formed key and a signature of exactly ``message`` by it."""
    key, sig = _raw(public, 32), _raw(signature, 64)
    if key is None or sig is None:
        return False
    try:
        Ed25519PublicKey.from_public_bytes(key).verify(sig, message)
    except (InvalidSignature, ValueError):
        return False
    return True


def is_public_key(text: object) -> bool:
    return isinstance(text, str) and _raw(text, 32) is not None


def fingerprint(public: str) -> str:
    """What an officer reads over the phone to a principal: 80 bits of the key's SHA-256, «K7QM-2ZP4-…»."""
    digest = int.from_bytes(hashlib.sha256(public.encode("ascii")).digest()[:10], "big")
    chars = "".join(_CROCKFORD[(digest >> shift) & 31] for shift in range(75, -1, -5))
    return "-".join(chars[i:i + 4] for i in range(0, 16, 4))


def export_message(school_code: str, exported_at: str, content_hash: str, sequence: str = "") -> bytes:
    """What a school's export signature covers: the school, when, its export counter and its content."""
    return "\n".join(("kehoach-export-v1", school_code, exported_at, sequence, content_hash)).encode("utf-8")


def document_message(kind: str, body: bytes) -> bytes:
    """What an office's signature of a reply or a bundle covers: its kind and its exact bytes."""
    return f"kehoach-{kind}-v1\n".encode("ascii") + hashlib.sha256(body).hexdigest().encode("ascii")
