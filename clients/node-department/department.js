#!/usr/bin/env node
'use strict';

// An example department system for the hub, written against hub.proto alone: it reads the dispatch of one
// case from hub.dispatch.<dept>, prints it as JSON on stdout, and answers it with a TaskApproved decision
// on dept.<dept>.events. With --certificate the approval also issues an e-certificate to the case's applicant
// (an identifier per GB/T 36904 with its ISO/IEC 7064 MOD 37,36 check, of a type data/certificate-types.json
// gives this department line), printed beside the dispatch. With --revoke it reads nothing and revokes the
// certificate it names instead. Diagnostics go to stderr, so stdout holds only what the client did.
//
//   node department.js --bootstrap 127.0.0.1:9092 --department public-security --case <case id> [--certificate]
//                      [--prefix <topic prefix>] [--officer <name>] [--remark <text>] [--timeout <seconds>]
//                      [--issuer-code <credit code>] [--issuer-name <name>] [--type <type code>]
//   node department.js --bootstrap 127.0.0.1:9092 --department public-security --revoke <certificate id> --reason <text>

const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const { parseArgs } = require('node:util');
const protobuf = require('protobufjs');
const { Kafka, Partitioners, logLevel } = require('kafkajs');

const DEFAULT_PROTO = path.join(__dirname, '..', '..', 'adapters', 'Kafka', 'Contracts', 'hub.proto');
const DEFAULT_TYPES = path.join(__dirname, '..', '..', 'data', 'certificate-types.json');

function readOptions() {
  const { values } = parseArgs({
    options: {
      bootstrap: { type: 'string' },
      prefix: { type: 'string', default: '' },
      department: { type: 'string' },
      case: { type: 'string' },
      officer: { type: 'string', default: 'node-example-officer' },
      remark: { type: 'string', default: 'approved by the example department client' },
      timeout: { type: 'string', default: '60' },
      proto: { type: 'string', default: DEFAULT_PROTO },
      certificate: { type: 'boolean', default: false },
      types: { type: 'string', default: DEFAULT_TYPES },
      type: { type: 'string' },
      'issuer-code': { type: 'string', default: '11430000006122244L' },
      'issuer-name': { type: 'string', default: 'example department issuing office' },
      revoke: { type: 'string' },
      reason: { type: 'string' },
    },
  });
  const required = values.revoke ? ['bootstrap', 'department', 'reason'] : ['bootstrap', 'department', 'case'];
  for (const name of required) {
    if (!values[name]) {
      throw new Error(`--${name} is required (usage: node department.js --bootstrap HOST:PORT --department SLUG --case CASE_ID [--certificate] [--prefix P]`
        + ', or --revoke CERTIFICATE_ID --reason TEXT in place of --case)');
    }
  }
  if (!isCreditCode(values['issuer-code'])) {
    throw new Error(`--issuer-code must be a unified social credit code (GB 32100) with its check character (was '${values['issuer-code']}')`);
  }
  const timeoutMs = Number(values.timeout) * 1000;
  if (!(timeoutMs > 0)) {
    throw new Error(`--timeout must be a number of seconds (was '${values.timeout}')`);
  }
  return { ...values, timeoutMs };
}

// kafkajs logs to stdout by default; keep stdout for the dispatch. librdkafka's mock cluster answers
// LeaveGroup with a body kafkajs cannot parse, so leaving the group logs an error: harmless, since the
// group is used once and the broker drops it after its session timeout.
const toStderr = () => ({ namespace, level, log }) => {
  const name = Object.keys(logLevel).find((key) => logLevel[key] === level) ?? level;
  const error = log.error ? ` (${log.error})` : '';
  process.stderr.write(`kafkajs ${name} ${namespace}: ${log.message}${error}\n`);
};

// ISO/IEC 7064 MOD 37,36 (hybrid, M = 36), as GB/T 36904 asks of an e-certificate identifier: over type code,
// issuer code, serial and version run together, 0-9 and A-Z valued 0 to 35.
const DIGITS36 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

function mod3736Check(parts) {
  let p = 36;
  for (const c of parts.toUpperCase()) {
    const a = DIGITS36.indexOf(c);
    if (a < 0) {
      throw new Error(`'${c}' is not a character of an e-certificate identifier (A-Z, 0-9)`);
    }
    const s = (p + a) % 36 || 36;
    p = (2 * s) % 37;
  }
  return DIGITS36[(37 - p) % 36];
}

function certificateId(typeCode, issuerCode, serial, version) {
  return `1.2.156.3005.2.${typeCode}.${issuerCode}.${serial}.${version}.${mod3736Check(typeCode + issuerCode + serial + version)}`;
}

// GB 32100: 18 characters over this alphabet, the last a check over the first 17.
const CREDIT_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

function isCreditCode(code) {
  if (typeof code !== 'string' || code.length !== 18) {
    return false;
  }
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = CREDIT_ALPHABET.indexOf(code[i]);
    if (value < 0) {
      return false;
    }
    sum += value * CREDIT_WEIGHTS[i];
  }
  return CREDIT_ALPHABET[(31 - (sum % 31)) % 31] === code[17];
}

// The hub's dates are calendar dates in China Standard Time.
function chinaDate(ms) {
  return new Date(ms + 8 * 3600 * 1000).toISOString().slice(0, 10);
}

function certificateType(options) {
  const { types } = JSON.parse(fs.readFileSync(options.types, 'utf8'));
  const mine = types.filter((type) => type.department === options.department);
  const chosen = options.type ? mine.find((type) => type.code === options.type) : mine[0];
  if (!chosen) {
    throw new Error(options.type
      ? `${options.type} is not a certificate type the ${options.department} line issues (${options.types})`
      : `${options.types} gives the ${options.department} line no certificate type`);
  }
  return chosen;
}

// The certificate the approval issues: held by the case's applicant as the dispatch names them.
function certificateFor(task, options, now) {
  const type = certificateType(options);
  const serial = crypto.randomUUID().replaceAll('-', '').toUpperCase();
  const issuedOn = chinaDate(now);
  let validTo = '';
  if (type.validityYears) {
    const to = new Date(`${issuedOn}T00:00:00Z`);
    to.setUTCFullYear(to.getUTCFullYear() + type.validityYears);
    to.setUTCDate(to.getUTCDate() - 1);
    validTo = to.toISOString().slice(0, 10);
  }
  const holderIdType = task.applicant.kind === 'APPLICANT_KIND_ORGANISATION' ? 'HOLDER_ID_TYPE_CREDIT_CODE' : 'HOLDER_ID_TYPE_CITIZEN_ID';
  const id = certificateId(type.code, options['issuer-code'], serial, '001');
  return {
    certificateId: id,
    typeCode: type.code,
    typeName: type.name,
    number: `${options.department}-${serial.slice(0, 12)}`,
    issuerName: options['issuer-name'],
    issuerCode: options['issuer-code'],
    issuedOn,
    validFrom: issuedOn,
    validTo,
    holderName: task.applicant.name,
    holderId: task.applicant.id,
    holderIdType,
    matterCode: task.matterCode,
    issuingDivision: task.handlingNode,
    // The hub keeps the digest of the certificate's file, never the file.
    fileDigest: `sha256:${crypto.createHash('sha256').update(`${id} ${task.caseId}`).digest('hex')}`,
  };
}

async function readDispatch(kafka, DispatchTask, topic, caseId, timeoutMs) {
  // A fresh group reading from the beginning finds a dispatch sent before this client started.
  const consumer = kafka.consumer({ groupId: `node-department-${crypto.randomUUID()}` });
  await consumer.connect();
  try {
    const found = new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no DispatchTask for case ${caseId} on ${topic} within ${timeoutMs / 1000} s`)), timeoutMs);
      consumer.subscribe({ topic, fromBeginning: true })
        .then(() => consumer.run({
          autoCommit: false,
          eachMessage: async ({ partition, message }) => {
            // The topic also carries CertificateNotice messages (a certificate a case named stopped being valid): only
            // a DispatchTask is a task, and the other types must not be decoded as one.
            if (message.headers['hub-type']?.toString() !== 'DispatchTask') {
              return;
            }
            const task = DispatchTask.decode(message.value);
            if (task.caseId === caseId) {
              clearTimeout(timer);
              resolve({ partition, offset: message.offset, task });
            }
          },
        }))
        .catch(reject);
    });
    return await found;
  } finally {
    await consumer.disconnect();
  }
}

async function publish(kafka, DepartmentEvent, topic, key, body) {
  // fromObject, not create: it turns the enums' names into their numbers.
  const event = DepartmentEvent.fromObject(body);
  const producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner });
  await producer.connect();
  try {
    await producer.send({
      topic,
      acks: -1,
      messages: [{
        key,
        value: Buffer.from(DepartmentEvent.encode(event).finish()),
        headers: { 'hub-type': 'DepartmentEvent', 'hub-event-id': event.eventId },
      }],
    });
  } finally {
    await producer.disconnect();
  }
  return event.eventId;
}

function approval(options, certificates) {
  return {
    eventId: crypto.randomUUID(),
    occurredAt: Date.now(),
    caseId: options.case,
    department: options.department,
    officer: options.officer,
    approved: { remark: options.remark, certificates },
  };
}

// A certificate event is keyed by the certificate id, so that the events of one certificate stay in order.
async function revoke(kafka, DepartmentEvent, eventsTopic, options) {
  const eventId = await publish(kafka, DepartmentEvent, eventsTopic, options.revoke, {
    eventId: crypto.randomUUID(),
    occurredAt: Date.now(),
    department: options.department,
    officer: options.officer,
    certificateRevoked: { certificateId: options.revoke, reason: options.reason },
  });
  process.stdout.write(JSON.stringify({ topic: eventsTopic, revoked: { certificateId: options.revoke, reason: options.reason, eventId } }, null, 2) + '\n');
  process.stderr.write(`published CertificateRevoked ${eventId} for ${options.revoke} to ${eventsTopic}\n`);
}

async function main() {
  const options = readOptions();
  const root = await protobuf.load(options.proto);
  const DispatchTask = root.lookupType('hub.v1.DispatchTask');
  const DepartmentEvent = root.lookupType('hub.v1.DepartmentEvent');
  const kafka = new Kafka({
    clientId: `node-department-${options.department}`,
    brokers: options.bootstrap.split(','),
    logLevel: logLevel.WARN,
    logCreator: toStderr,
  });

  const eventsTopic = `${options.prefix}dept.${options.department}.events`;
  if (options.revoke) {
    await revoke(kafka, DepartmentEvent, eventsTopic, options);
    return;
  }

  const dispatchTopic = `${options.prefix}hub.dispatch.${options.department}`;
  const { partition, offset, task } = await readDispatch(kafka, DispatchTask, dispatchTopic, options.case, options.timeoutMs);
  const dispatch = DispatchTask.toObject(task, { longs: Number, enums: String, defaults: true });
  const certificates = options.certificate ? [certificateFor(dispatch, options, Date.now())] : [];
  const eventId = await publish(kafka, DepartmentEvent, eventsTopic, options.case, approval(options, certificates));
  process.stdout.write(JSON.stringify({ topic: dispatchTopic, partition, offset, dispatch, certificates, eventId }, null, 2) + '\n');
  process.stderr.write(`published TaskApproved ${eventId} for case ${options.case} to ${eventsTopic}\n`);
}

main().catch((error) => {
  process.stderr.write(`node-department: ${error.message}\n`);
  process.exit(1);
});
