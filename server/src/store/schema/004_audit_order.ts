/**
 * The audit log's order is the order steps were recorded, not their timestamps: two steps in the same
 * millisecond (or stamped by different clocks) must still read back in the order they happened.
 */
export const auditOrder = `
ALTER TABLE developer_audit ADD COLUMN seq bigserial;
CREATE INDEX developer_audit_by_customer_seq ON developer_audit (tenant, customer_id, seq);
`;
