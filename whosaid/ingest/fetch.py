"""Fetch a URL safely: timeouts, a size cap, a redirect limit, a content-type check, a clear
User-Agent, and no private, loopback or link-local addresses (checked after DNS resolution and
again on every redirect) unless ``allow_private``. The connection goes to the address that was
checked, so a DNS answer that changes between check and connect cannot slip through."""

from __future__ import annotations

import http.client
import ipaddress
import logging
import socket
import ssl
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from ..errors import FetchError
from .options import IngestOptions

log = logging.getLogger(__name__)

ALLOWED_TYPES = (
    "text/html", "application/xhtml+xml",
    "application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml", "text/xml",
    "text/plain", "application/json", "application/x-ndjson", "application/jsonl", "application/x-jsonlines",
    "application/warc",
)
_REDIRECTS = {301, 302, 303, 307, 308}


@dataclass(slots=True)
class Fetched:
    url: str  # the final URL after redirects
    content_type: str
    data: bytes


def is_public_address(address: str) -> bool:
    """False for loopback, private, link-local, multicast, reserved and unspecified addresses."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return not (ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_multicast
                or ip.is_reserved or ip.is_unspecified)


def resolve(url: str, options: IngestOptions) -> tuple[str, int, str]:
    """(host, port, checked address) for ``url``; raise FetchError for refused addresses."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise FetchError(url, f"only http and https URLs can be fetched, not {parts.scheme or 'no scheme'}")
    if not parts.hostname:
        raise FetchError(url, "URL has no host")
    port = parts.port or (443 if parts.scheme == "https" else 80)
    try:
        infos = socket.getaddrinfo(parts.hostname, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise FetchError(url, f"cannot resolve host {parts.hostname}: {exc.strerror}") from None
    addresses = [info[4][0] for info in infos]
    if not options.allow_private and parts.hostname not in options.allow_hosts:
        blocked = [a for a in addresses if not is_public_address(a)]
        if blocked:
            raise FetchError(
                url,
                f"refused: {parts.hostname} resolves to non-public address {blocked[0]} "
                "(loopback, private or link-local); pass --allow-private to fetch it",
            )
    return parts.hostname, port, addresses[0]


class _PinnedHTTP(http.client.HTTPConnection):
    def __init__(self, host: str, port: int, address: str, options: IngestOptions):
        super().__init__(host, port, timeout=options.connect_timeout)
        self._address, self._read_timeout = address, options.read_timeout

    def connect(self) -> None:
        self.sock = socket.create_connection((self._address, self.port), self.timeout)
        self.sock.settimeout(self._read_timeout)


class _PinnedHTTPS(http.client.HTTPSConnection):
    def __init__(self, host: str, port: int, address: str, options: IngestOptions):
        super().__init__(host, port, timeout=options.connect_timeout, context=ssl.create_default_context())
        self._address, self._read_timeout = address, options.read_timeout

    def connect(self) -> None:
        sock = socket.create_connection((self._address, self.port), self.timeout)
        sock.settimeout(self._read_timeout)
        self.sock = self._context.wrap_socket(sock, server_hostname=self.host)


def fetch(url: str, options: IngestOptions | None = None) -> Fetched:
    """GET ``url`` under the safety rules above; raise :class:`FetchError` naming the URL and problem."""
    options = options or IngestOptions()
    current = url
    for _hop in range(options.max_redirects + 1):
        host, port, address = resolve(current, options)
        parts = urlsplit(current)
        conn_class = _PinnedHTTPS if parts.scheme == "https" else _PinnedHTTP
        conn = conn_class(host, port, address, options)
        target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        try:
            conn.request("GET", target, headers={
                "User-Agent": options.user_agent,
                "Accept": "text/html, application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5",
                "Accept-Encoding": "identity",
            })
            response = conn.getresponse()
            if response.status in _REDIRECTS:
                location = response.getheader("Location")
                if not location:
                    raise FetchError(url, f"HTTP {response.status} redirect without a Location")
                current = urljoin(current, location)
                log.debug("redirect %s -> %s", url, current)
                continue
            if response.status != 200:
                raise FetchError(url, f"HTTP {response.status} {response.reason}")
            ctype = (response.getheader("Content-Type") or "").strip()
            base = ctype.split(";", 1)[0].strip().lower()
            if base and base not in ALLOWED_TYPES and not base.endswith("+xml"):
                raise FetchError(url, f"unsupported content type {base!r} (expected HTML, a feed, text or JSON lines)")
            length = response.getheader("Content-Length")
            if length and length.isdigit() and int(length) > options.max_bytes:
                raise FetchError(url, f"response is {length} bytes, over the size cap of {options.max_bytes}")
            data = response.read(options.max_bytes + 1)
            if len(data) > options.max_bytes:
                raise FetchError(url, f"response is over the size cap of {options.max_bytes} bytes")
            return Fetched(current, ctype, data)
        except (TimeoutError, socket.timeout):
            raise FetchError(url, "timed out") from None
        except (OSError, http.client.HTTPException) as exc:
            raise FetchError(url, f"fetch failed: {exc}") from None
        finally:
            conn.close()
    raise FetchError(url, f"more than {options.max_redirects} redirects")
