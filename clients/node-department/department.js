#!/usr/bin/env node
'use strict';

// An example department system for the hub, written against hub.proto alone: it reads the dispatch of one
// case from hub.dispatch.<dept>, prints it as JSON on stdout, and answers it with a TaskApproved decision
// on dept.<dept>.events. Diagnostics go to stderr, so stdout holds the dispatch only.
//
//   node department.js --bootstrap 127.0.0.1:9092 --department public-security --case <case id>
//                      [--prefix <topic prefix>] [--officer <name>] [--remark <text>] [--timeout <seconds>]

const crypto = require('node:crypto');
const path = require('node:path');
const { parseArgs } = require('node:util');
const protobuf = require('protobufjs');
const { Kafka, Partitioners, logLevel } = require('kafkajs');

const DEFAULT_PROTO = path.join(__dirname, '..', '..', 'adapters', 'Kafka', 'Contracts', 'hub.proto');

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
    },
  });
  for (const required of ['bootstrap', 'department', 'case']) {
    if (!values[required]) {
      throw new Error(`--${required} is required (usage: node department.js --bootstrap HOST:PORT --department SLUG --case CASE_ID [--prefix P])`);
    }
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

async function publishApproval(kafka, DepartmentEvent, topic, options) {
  const event = DepartmentEvent.create({
    eventId: crypto.randomUUID(),
    occurredAt: Date.now(),
    caseId: options.case,
    department: options.department,
    officer: options.officer,
    approved: { remark: options.remark },
  });
  const producer = kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner });
  await producer.connect();
  try {
    await producer.send({
      topic,
      acks: -1,
      messages: [{
        key: options.case,
        value: Buffer.from(DepartmentEvent.encode(event).finish()),
        headers: { 'hub-type': 'DepartmentEvent', 'hub-event-id': event.eventId },
      }],
    });
  } finally {
    await producer.disconnect();
  }
  return event.eventId;
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

  const dispatchTopic = `${options.prefix}hub.dispatch.${options.department}`;
  const { partition, offset, task } = await readDispatch(kafka, DispatchTask, dispatchTopic, options.case, options.timeoutMs);
  const dispatch = DispatchTask.toObject(task, { longs: Number, enums: String, defaults: true });
  process.stdout.write(JSON.stringify({ topic: dispatchTopic, partition, offset, dispatch }, null, 2) + '\n');

  const eventsTopic = `${options.prefix}dept.${options.department}.events`;
  const eventId = await publishApproval(kafka, DepartmentEvent, eventsTopic, options);
  process.stderr.write(`published TaskApproved ${eventId} for case ${options.case} to ${eventsTopic}\n`);
}

main().catch((error) => {
  process.stderr.write(`node-department: ${error.message}\n`);
  process.exit(1);
});
