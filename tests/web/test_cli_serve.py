"""`zhengce serve` as a newcomer runs it: a real process on a loopback port, dev mode with demo accounts."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import httpx

from .conftest import free_port


def test_serve_starts_and_signs_in_a_demo_user(library_db, tmp_path):
    port = free_port()
    env = {**os.environ, "ZHENGCE_HOME": str(tmp_path), "ZHENGCE_ANXINBAO_DB": str(tmp_path / "anx.sqlite")}
    proc = subprocess.Popen([sys.executable, "-m", "zhengce", "serve", "--port", str(port), "--db", str(library_db),
                             "--log-level", "warning"], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 30
        while True:
            try:
                r = httpx.get(base + "/", timeout=2)
                break
            except httpx.TransportError:
                assert proc.poll() is None, proc.stderr.read().decode()
                assert time.monotonic() < deadline, "zhengce serve did not answer"
                time.sleep(0.2)
        assert r.status_code == 200 and "浙江惠企政策服务" in r.text
        login = httpx.get(base + "/login").text
        assert "qiye-demo2025" in login  # dev mode on loopback: demo accounts listed
        r = httpx.post(base + "/api/login", json={"username": "kejiju", "password": "kejiju-demo2025"})
        assert r.status_code == 200 and r.json()["user"]["role"] == "bureau"
        assert httpx.get(base + "/openapi.json").json()["info"]["title"].startswith("zhengce")
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_serve_rejects_bad_port():
    r = subprocess.run([sys.executable, "-m", "zhengce", "serve", "--port", "70000"], capture_output=True, text=True)
    assert r.returncode == 2 and "zhengce: 错误：端口 70000 超出范围" in r.stderr


def test_serve_refuses_a_malformed_site_address_before_listening(tmp_path):
    env = {**os.environ, "ZHENGCE_HOME": str(tmp_path)}
    r = subprocess.run([sys.executable, "-m", "zhengce", "serve", "--port", str(free_port()), "--no-demo",
                        "--base-url", "javascript:alert(1)"], capture_output=True, text=True, env=env, timeout=60)
    assert r.returncode == 2 and "zhengce: 错误：站点地址无效" in r.stderr and "Traceback" not in r.stderr
