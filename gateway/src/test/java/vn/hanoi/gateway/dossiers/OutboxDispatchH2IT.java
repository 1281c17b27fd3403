package vn.hanoi.gateway.dossiers;

/** The outbox and its dispatcher on H2 (in memory, PostgreSQL mode), as the sandbox runs them. */
class OutboxDispatchH2IT extends OutboxDispatchContract {
}
