import { createSocket, type RemoteInfo, type Socket } from 'node:dgram';
import ipaddr from 'ipaddr.js';

const TYPE_A = 1;
const TYPE_AAAA = 28;

export interface DnsRecords {
  A?: string[];
  AAAA?: string[];
}

/**
 * A tiny authoritative DNS server over UDP on 127.0.0.1, for tests: it answers A and AAAA
 * questions from records the test sets (and may change between two lookups, as a rebinding
 * attacker's server does), with TTL 0 so that no resolver caches them. An unknown name is
 * NXDOMAIN; a known name without records of the type asked answers none.
 */
export class DnsResponder {
  private readonly records = new Map<string, DnsRecords>();
  private socket: Socket | null = null;
  /** Every question asked, as "name TYPE", in order. */
  readonly questions: string[] = [];

  set(name: string, records: DnsRecords): void {
    this.records.set(name.toLowerCase(), records);
  }

  async start(): Promise<string> {
    const socket = createSocket('udp4');
    socket.on('message', (message, from) => this.answer(socket, message, from));
    await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
    this.socket = socket;
    return `127.0.0.1:${socket.address().port}`;
  }

  async stop(): Promise<void> {
    const socket = this.socket;
    this.socket = null;
    if (socket) await new Promise<void>((resolve) => socket.close(() => resolve()));
  }

  private answer(socket: Socket, query: Buffer, from: RemoteInfo): void {
    if (query.length < 12 || query.readUInt16BE(4) !== 1) return;
    // The question: length-prefixed labels ending in a zero byte, then its type and class.
    const labels: string[] = [];
    let offset = 12;
    while (offset < query.length && query[offset] !== 0) {
      const length = query[offset];
      labels.push(query.subarray(offset + 1, offset + 1 + length).toString('latin1'));
      offset += 1 + length;
    }
    const questionEnd = offset + 5;
    if (questionEnd > query.length) return;
    const type = query.readUInt16BE(offset + 1);
    const name = labels.join('.').toLowerCase();
    this.questions.push(`${name} ${type === TYPE_A ? 'A' : type === TYPE_AAAA ? 'AAAA' : type}`);

    const known = this.records.get(name);
    const addresses = !known ? [] : type === TYPE_A ? (known.A ?? []) : type === TYPE_AAAA ? (known.AAAA ?? []) : [];
    const header = Buffer.alloc(12);
    query.copy(header, 0, 0, 2); // the query's id
    const recursionDesired = query[2] & 0x01;
    header[2] = 0x84 | recursionDesired; // a response, authoritative
    header[3] = known ? 0x00 : 0x03; // NOERROR or NXDOMAIN
    header.writeUInt16BE(1, 4);
    header.writeUInt16BE(addresses.length, 6);
    const answers = addresses.map((address) => {
      const bytes = Buffer.from(ipaddr.parse(address).toByteArray());
      const record = Buffer.alloc(12);
      record.writeUInt16BE(0xc00c, 0); // the name: a pointer to the question's
      record.writeUInt16BE(type, 2);
      record.writeUInt16BE(1, 4); // class IN
      record.writeUInt32BE(0, 6); // TTL 0: never cached
      record.writeUInt16BE(bytes.length, 10);
      return Buffer.concat([record, bytes]);
    });
    socket.send(Buffer.concat([header, query.subarray(12, questionEnd), ...answers]), from.port, from.address);
  }
}
