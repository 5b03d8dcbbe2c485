"""What programs share: money in fen (money), refusals (errors), a book's storage (storage), the
double-entry ledger (ledger), the keyed audit chain (audit, keys, checkpoints, verify), actors and
roles (roles), the entity context an operation runs in (entities), operation registries (operations),
the idempotent execute core (program) and scenario replay (scenario). 科创安心宝 and the calls
selection are each configuration plus their own workflow on top (docs/calls.md "Programs core")."""
