#!/usr/bin/env node
// Readiness probes used by infra/local/stack.sh. Dependency-free on purpose: it runs before
// `npm ci` may have installed anything, so it speaks the two wire protocols directly.
//
//   node probe.js mongo HOST PORT   -> sends {ping: 1} as an OP_MSG, exits 0 if the reply has ok: 1
//   node probe.js kafka HOST PORT   -> sends an ApiVersions (v0) request, exits 0 on error_code 0
//   node probe.js kafka-group HOST PORT  -> FindCoordinator for a consumer group (exits 0 when one is
//                                   available: this makes the broker create __consumer_offsets)
//   node probe.js kafka-txn HOST PORT    -> the same for a transactional id (__transaction_state)
//   node probe.js kafka-pid HOST PORT    -> InitProducerId without a transactional id, as an idempotent
//                                   producer does first (makes the broker fetch its first block of
//                                   producer ids from the controller)
//
// Why the last three: on a freshly formatted broker the internal topics and the producer-id block are
// only created on first use, and until they are, the first consumer group / producer of a test gets
// COORDINATOR_NOT_AVAILABLE / COORDINATOR_LOAD_IN_PROGRESS (kafkajs retries, but logs ERROR lines and
// is slower). stack.sh runs them once after every start, so `up` returns a broker that is fully usable.
//
// Any other outcome (refused, timeout, unexpected reply) exits 1 with a one-line reason on stderr.
'use strict';
const net = require('net');

const [kind, host = '127.0.0.1', portArg] = process.argv.slice(2);
const port = Number(portArg);
const TIMEOUT_MS = 3000;

function fail(msg) {
  process.stderr.write(`probe ${kind} ${host}:${port}: ${msg}\n`);
  process.exit(1);
}

// --- MongoDB: OP_MSG (opcode 2013) with one body section holding {ping: 1, $db: "admin"} ---------
function mongoRequest() {
  const elements = Buffer.concat([
    Buffer.from([0x10]), Buffer.from('ping\0'), int32(1), // int32 ping: 1
    Buffer.from([0x02]), Buffer.from('$db\0'), int32(6), Buffer.from('admin\0'), // string $db
  ]);
  const doc = Buffer.concat([int32(4 + elements.length + 1), elements, Buffer.from([0])]);
  const body = Buffer.concat([int32(0) /* flagBits */, Buffer.from([0]) /* section kind 0 */, doc]);
  const header = Buffer.concat([int32(16 + body.length), int32(1) /* requestID */, int32(0), int32(2013)]);
  return Buffer.concat([header, body]);
}
function mongoReplyOk(buf) {
  if (buf.length < 4 || buf.length < buf.readInt32LE(0)) return null; // incomplete
  if (buf.readInt32LE(12) !== 2013) return 'reply is not an OP_MSG';
  // header(16) + flagBits(4) + kind(1) -> BSON document; look for the element  double "ok" = 1.0
  const doc = buf.subarray(21);
  const okDouble = Buffer.concat([Buffer.from([0x01]), Buffer.from('ok\0'), float64(1)]);
  return doc.includes(okDouble) ? true : 'reply has no ok: 1';
}

// --- Kafka: ApiVersions v0 (api_key 18), request header v1, empty body -------------------------------
// ApiVersions v0 is still accepted by Kafka 4.x (KIP-896 kept it so that any client can negotiate).
function kafkaRequest() {
  const clientId = Buffer.from('stack-probe');
  const msg = Buffer.concat([be16(18), be16(0), be32(42) /* correlation id */, be16(clientId.length), clientId]);
  return Buffer.concat([be32(msg.length), msg]);
}
function kafkaReplyOk(buf) {
  if (buf.length < 4 || buf.length < 4 + buf.readInt32BE(0)) return null; // incomplete
  if (buf.readInt32BE(4) !== 42) return 'unexpected correlation id';
  const errorCode = buf.readInt16BE(8);
  return errorCode === 0 ? true : `ApiVersions error_code ${errorCode}`;
}

// --- Kafka: FindCoordinator v2 (api_key 10): key STRING, key_type INT8 (0 group, 1 transaction) ------
function findCoordinatorRequest(keyType) {
  const clientId = Buffer.from('stack-probe');
  const key = Buffer.from('stack-probe');
  const msg = Buffer.concat([
    be16(10), be16(2), be32(42), be16(clientId.length), clientId, // request header v1
    be16(key.length), key, Buffer.from([keyType]), // body
  ]);
  return Buffer.concat([be32(msg.length), msg]);
}
function findCoordinatorReplyOk(buf) {
  if (buf.length < 4 || buf.length < 4 + buf.readInt32BE(0)) return null; // incomplete
  if (buf.readInt32BE(4) !== 42) return 'unexpected correlation id';
  const errorCode = buf.readInt16BE(12); // after size(4) correlation_id(4) throttle_time_ms(4)
  return errorCode === 0 ? true : `FindCoordinator error_code ${errorCode}`;
}

// --- Kafka: InitProducerId v1 (api_key 22): transactional_id NULLABLE_STRING (null), timeout INT32 ----
function initProducerIdRequest() {
  const clientId = Buffer.from('stack-probe');
  const msg = Buffer.concat([
    be16(22), be16(1), be32(42), be16(clientId.length), clientId, // request header v1
    be16(-1), be32(60000), // body: no transactional id, transaction timeout
  ]);
  return Buffer.concat([be32(msg.length), msg]);
}
function initProducerIdReplyOk(buf) {
  if (buf.length < 4 || buf.length < 4 + buf.readInt32BE(0)) return null; // incomplete
  if (buf.readInt32BE(4) !== 42) return 'unexpected correlation id';
  const errorCode = buf.readInt16BE(12); // after size(4) correlation_id(4) throttle_time_ms(4)
  return errorCode === 0 ? true : `InitProducerId error_code ${errorCode}`;
}

// MongoDB's wire protocol and BSON are little-endian; Kafka's protocol is big-endian.
function int32(n) { const b = Buffer.alloc(4); b.writeInt32LE(n); return b; }
function float64(n) { const b = Buffer.alloc(8); b.writeDoubleLE(n); return b; }
function be16(n) { const b = Buffer.alloc(2); b.writeInt16BE(n); return b; }
function be32(n) { const b = Buffer.alloc(4); b.writeInt32BE(n); return b; }

const probes = {
  mongo: { request: mongoRequest, check: mongoReplyOk },
  kafka: { request: kafkaRequest, check: kafkaReplyOk },
  'kafka-group': { request: () => findCoordinatorRequest(0), check: findCoordinatorReplyOk },
  'kafka-txn': { request: () => findCoordinatorRequest(1), check: findCoordinatorReplyOk },
  'kafka-pid': { request: initProducerIdRequest, check: initProducerIdReplyOk },
};

const probe = probes[kind];
if (!probe || !Number.isInteger(port) || port <= 0) {
  process.stderr.write('usage: probe.js mongo|kafka|kafka-group|kafka-txn|kafka-pid HOST PORT\n');
  process.exit(2);
}

const socket = net.connect({ host, port });
let received = Buffer.alloc(0);
socket.setTimeout(TIMEOUT_MS, () => { socket.destroy(); fail('timed out'); });
socket.on('error', (err) => fail(err.code || err.message));
socket.on('connect', () => socket.write(probe.request()));
socket.on('data', (chunk) => {
  received = Buffer.concat([received, chunk]);
  const verdict = probe.check(received);
  if (verdict === null) return; // wait for the rest of the reply
  socket.destroy();
  if (verdict === true) process.exit(0);
  fail(verdict);
});
socket.on('end', () => fail('connection closed before a full reply'));
