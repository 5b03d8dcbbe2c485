"""Placeholder until its layer lands."""

from __future__ import annotations

from fastapi import APIRouter

router = APIRouter()
