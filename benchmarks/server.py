"""Serve a corpus WARC over loopback HTTP, also as an HTTPS-intercepting proxy for the real URLs.

The spider keeps its real start URL (https://www.firstpost.com/): with ``https_proxy`` pointing
here, Scrapy opens a CONNECT tunnel, this server answers it with a throwaway self-signed
certificate (Scrapy does not verify certificates by default) and serves the recorded pages.
Plain ``GET /path`` requests to 127.0.0.1 are served as the site's own paths.
"""

from __future__ import annotations

import argparse
import asyncio
import ssl
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from w3lib.url import canonicalize_url
from warcio.archiveiterator import ArchiveIterator

from benchmarks.site import ORIGIN
from newscrawl.warc import build_index

_SKIPPED_HEADERS = frozenset({"content-length", "transfer-encoding", "connection"})


class WarcSite:
    """Looks recorded responses up by URL, reading each record from the WARC on demand."""

    def __init__(self, warc: Path) -> None:
        self.index = build_index([warc])
        self.file = warc.open("rb")

    def lookup(self, url: str) -> tuple[int, list[tuple[str, str]], bytes] | None:
        found = self.index.get(canonicalize_url(url, keep_fragments=False))
        if found is None:
            return None
        self.file.seek(found[1])
        record: Any = next(iter(ArchiveIterator(self.file)))
        http = record.http_headers
        headers = [(k, v) for k, v in http.headers if k.lower() not in _SKIPPED_HEADERS]
        return int(http.get_statuscode()), headers, record.content_stream().read()


def tls_context(host: str) -> ssl.SSLContext:
    """A server context with a fresh self-signed certificate for ``host``."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, host)])
    now = datetime.now(UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=7))
        .add_extension(x509.SubjectAlternativeName([x509.DNSName(host)]), critical=False)
        .sign(key, hashes.SHA256())
    )
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    with tempfile.TemporaryDirectory() as tmp:
        cert_path, key_path = Path(tmp, "cert.pem"), Path(tmp, "key.pem")
        cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
        key_path.write_bytes(
            key.private_bytes(
                serialization.Encoding.PEM,
                serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption(),
            )
        )
        context.load_cert_chain(cert_path, key_path)
    return context


class LoopbackServer:
    """HTTP/1.1 with keep-alive; CONNECT tunnels are answered with TLS on the spot."""

    def __init__(self, site: WarcSite, origin: str = ORIGIN) -> None:
        self.site = site
        self.origin = origin
        self.tls = tls_context(urlsplit(origin).hostname or "localhost")
        self.served = 0

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        scheme, host = "http", ""
        try:
            while True:
                head = (await reader.readuntil(b"\r\n\r\n")).decode("latin-1")
                request_line, *lines = head.split("\r\n")
                method, target, _ = request_line.split(" ", 2)
                headers = {
                    k.strip().lower(): v.strip()
                    for k, _, v in (line.partition(":") for line in lines if line)
                }
                if length := int(headers.get("content-length", "0")):
                    await reader.readexactly(length)
                if method == "CONNECT":
                    writer.write(b"HTTP/1.1 200 Connection established\r\n\r\n")
                    await writer.drain()
                    await writer.start_tls(self.tls)
                    scheme, host = "https", target.rsplit(":", 1)[0]
                    continue
                await self.respond(writer, self.url_for(target, scheme, host), method)
                if headers.get("connection", "").lower() == "close":
                    break
        except (asyncio.IncompleteReadError, ConnectionError, ssl.SSLError, ValueError):
            pass
        finally:
            writer.close()

    def url_for(self, target: str, scheme: str, host: str) -> str:
        if target.startswith(("http://", "https://")):  # a proxy request
            return target
        if host:  # inside a CONNECT tunnel
            return f"{scheme}://{host}{target}"
        return self.origin + target  # a plain request to the loopback address

    async def respond(self, writer: asyncio.StreamWriter, url: str, method: str) -> None:
        found = self.site.lookup(url)
        status, headers, body = found or (404, [("Content-Type", "text/plain")], b"not found")
        lines = [f"HTTP/1.1 {status} {'OK' if status == 200 else 'Not Found'}"]
        lines += [f"{k}: {v}" for k, v in headers]
        lines.append(f"Content-Length: {len(body)}")
        writer.write(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1"))
        if method != "HEAD":
            writer.write(body)
        await writer.drain()
        self.served += 1


async def _serve(warc: Path, port: int) -> None:
    server = LoopbackServer(WarcSite(warc))
    listener = await asyncio.start_server(server.handle, "127.0.0.1", port)
    bound = listener.sockets[0].getsockname()[1]
    print(f"PORT {bound}", flush=True)
    async with listener:
        await listener.serve_forever()


def serve_forever(warc: Path, port: int = 0) -> None:
    """Serve on 127.0.0.1 (``port`` 0: a free one); prints ``PORT <n>`` once listening."""
    asyncio.run(_serve(warc, port))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("warc", type=Path)
    parser.add_argument("--port", type=int, default=0)
    args = parser.parse_args()
    serve_forever(args.warc, args.port)


if __name__ == "__main__":
    main()
