/**
 * The plan catalog: dedicated servers and VPS/VDS, their prices per billing period (net, minor units, EUR)
 * and the fields an order needs, described in the data so order forms are built from it.
 */
export type PlanKind = 'dedicated' | 'vps';
export type PeriodMonths = 1 | 3 | 12;
export type PeriodName = 'monthly' | 'quarterly' | 'yearly';

export const PERIODS: Record<PeriodName, PeriodMonths> = { monthly: 1, quarterly: 3, yearly: 12 };
export const PERIOD_NAMES: Record<PeriodMonths, PeriodName> = { 1: 'monthly', 3: 'quarterly', 12: 'yearly' };

export interface OrderFieldOption {
  value: string;
  label: string;
}

export interface OrderField {
  name: string;
  label: string;
  description: string;
  type: 'text' | 'select' | 'number';
  required: boolean;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  options?: OrderFieldOption[];
  /**
   * What an order form preselects (a select's option value). Only a hint: an order without the field is
   * checked as if nothing was sent (a required field stays required).
   */
  default?: string | number;
}

export interface Plan {
  id: string;
  kind: PlanKind;
  name: string;
  description: string;
  specs: { cpu: string; cores: number; ramGb: number; storage: string; bandwidth: string; ipv4: number };
  /** Net prices per period, minor units. */
  prices: Record<PeriodName, number>;
  currency: string;
  locations: string[];
  setupMinutes: number;
  fields: OrderField[];
  available: boolean;
}

export const LOCATIONS: OrderFieldOption[] = [
  { value: 'ams1', label: 'Amsterdam, Netherlands' },
  { value: 'fra1', label: 'Frankfurt, Germany' },
  { value: 'par1', label: 'Paris, France' },
  { value: 'waw1', label: 'Warsaw, Poland' },
];

const LINUX: OrderFieldOption[] = [
  { value: 'debian-12', label: 'Debian 12' },
  { value: 'ubuntu-24.04', label: 'Ubuntu 24.04 LTS' },
  { value: 'almalinux-9', label: 'AlmaLinux 9' },
  { value: 'rocky-9', label: 'Rocky Linux 9' },
];
const DEDICATED_OS: OrderFieldOption[] = [
  ...LINUX,
  { value: 'proxmox-8', label: 'Proxmox VE 8' },
  { value: 'windows-2022', label: 'Windows Server 2022 (licence included)' },
  { value: 'none', label: 'No OS (install through IPMI)' },
];

const HOSTNAME: OrderField = {
  name: 'hostname',
  label: 'Hostname',
  description: 'Fully qualified name, such as web1.example.com; set on the server and in its reverse DNS.',
  type: 'text',
  required: true,
  pattern: '^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$',
  minLength: 4,
  maxLength: 253,
};
const SSH_KEY: OrderField = {
  name: 'sshKey',
  label: 'SSH public key',
  description: 'Installed for root (Linux images). Optional: without it the root password is mailed.',
  type: 'text',
  required: false,
  pattern: '^(ssh-(ed25519|rsa)|ecdsa-sha2-nistp(256|384|521)) [A-Za-z0-9+/=]+( .*)?$',
  maxLength: 4096,
};
const COMMENT: OrderField = {
  name: 'comment',
  label: 'Comment for the engineers',
  description: 'Anything the data-centre engineers should know when they set up the server.',
  type: 'text',
  required: false,
  maxLength: 1000,
};

function locationField(locations: string[]): OrderField {
  return {
    name: 'location',
    label: 'Location',
    description: 'Data centre where the server runs.',
    type: 'select',
    required: true,
    options: LOCATIONS.filter((l) => locations.includes(l.value)),
    default: locations[0],
  };
}

function osField(options: OrderFieldOption[]): OrderField {
  return {
    name: 'os',
    label: 'Operating system',
    description: 'Image installed before hand-over.',
    type: 'select',
    required: true,
    options,
    default: 'debian-12',
  };
}

const RAID: OrderField = {
  name: 'raid',
  label: 'RAID',
  description: 'Software RAID layout of the disks.',
  type: 'select',
  required: true,
  options: [
    { value: 'raid1', label: 'RAID 1 (mirror)' },
    { value: 'raid0', label: 'RAID 0 (stripe)' },
    { value: 'none', label: 'No RAID' },
  ],
  default: 'raid1',
};

function dedicated(
  id: string,
  name: string,
  description: string,
  specs: Plan['specs'],
  prices: Plan['prices'],
  locations: string[],
): Plan {
  return {
    id,
    kind: 'dedicated',
    name,
    description,
    specs,
    prices,
    currency: 'EUR',
    locations,
    setupMinutes: 240,
    fields: [HOSTNAME, osField(DEDICATED_OS), locationField(locations), RAID, SSH_KEY, COMMENT],
    available: true,
  };
}

function vps(
  id: string,
  name: string,
  description: string,
  specs: Plan['specs'],
  prices: Plan['prices'],
  locations: string[],
): Plan {
  return {
    id,
    kind: 'vps',
    name,
    description,
    specs,
    prices,
    currency: 'EUR',
    locations,
    setupMinutes: 10,
    fields: [HOSTNAME, osField(LINUX), locationField(locations), SSH_KEY],
    available: true,
  };
}

const ALL = ['ams1', 'fra1', 'par1', 'waw1'];

/** Quarterly prices are 5 % off three months, yearly 10 % off twelve, rounded to the cent in the data. */
export const PLANS: readonly Plan[] = [
  dedicated(
    'ded-e3-1230',
    'Dedicated E3-1230 v6',
    'Entry dedicated server for web and small databases.',
    {
      cpu: 'Intel Xeon E3-1230 v6, 4 cores / 8 threads, 3.5 GHz',
      cores: 4,
      ramGb: 32,
      storage: '2 × 480 GB SSD',
      bandwidth: '1 Gbit/s unmetered',
      ipv4: 1,
    },
    { monthly: 5900, quarterly: 16815, yearly: 63720 },
    ['ams1', 'fra1'],
  ),
  dedicated(
    'ded-e-2236',
    'Dedicated E-2236',
    'Fast single-socket server with NVMe storage.',
    {
      cpu: 'Intel Xeon E-2236, 6 cores / 12 threads, 3.4 GHz',
      cores: 6,
      ramGb: 64,
      storage: '2 × 960 GB NVMe',
      bandwidth: '1 Gbit/s unmetered',
      ipv4: 1,
    },
    { monthly: 8900, quarterly: 25365, yearly: 96120 },
    ALL,
  ),
  dedicated(
    'ded-2x-e5-2650',
    'Dedicated 2 × E5-2650 v4',
    'Dual-socket server for virtualisation.',
    {
      cpu: '2 × Intel Xeon E5-2650 v4, 24 cores / 48 threads',
      cores: 24,
      ramGb: 128,
      storage: '2 × 1.92 TB SSD',
      bandwidth: '1 Gbit/s unmetered',
      ipv4: 4,
    },
    { monthly: 14900, quarterly: 42465, yearly: 160920 },
    ['ams1', 'fra1', 'waw1'],
  ),
  dedicated(
    'ded-epyc-7402p',
    'Dedicated EPYC 7402P',
    'High-density AMD server with 10 Gbit/s uplink.',
    {
      cpu: 'AMD EPYC 7402P, 24 cores / 48 threads, 2.8 GHz',
      cores: 24,
      ramGb: 256,
      storage: '2 × 3.84 TB NVMe',
      bandwidth: '10 Gbit/s, 100 TB',
      ipv4: 8,
    },
    { monthly: 24900, quarterly: 70965, yearly: 268920 },
    ['ams1', 'par1'],
  ),
  dedicated(
    'ded-storage-4x16',
    'Storage Silver 4210',
    'Backup and archive server with large disks.',
    {
      cpu: 'Intel Xeon Silver 4210, 10 cores / 20 threads',
      cores: 10,
      ramGb: 64,
      storage: '4 × 16 TB HDD',
      bandwidth: '1 Gbit/s unmetered',
      ipv4: 1,
    },
    { monthly: 17900, quarterly: 51015, yearly: 193320 },
    ['ams1', 'fra1'],
  ),
  vps(
    'vps-s',
    'VPS S',
    'Small KVM virtual server.',
    { cpu: '1 vCPU (shared)', cores: 1, ramGb: 2, storage: '40 GB NVMe', bandwidth: '1 TB', ipv4: 1 },
    { monthly: 590, quarterly: 1682, yearly: 6372 },
    ALL,
  ),
  vps(
    'vps-m',
    'VPS M',
    'KVM virtual server for small applications.',
    { cpu: '2 vCPU (shared)', cores: 2, ramGb: 4, storage: '80 GB NVMe', bandwidth: '2 TB', ipv4: 1 },
    { monthly: 1190, quarterly: 3392, yearly: 12852 },
    ALL,
  ),
  vps(
    'vps-l',
    'VPS L',
    'KVM virtual server for busy sites.',
    { cpu: '4 vCPU (shared)', cores: 4, ramGb: 8, storage: '160 GB NVMe', bandwidth: '4 TB', ipv4: 1 },
    { monthly: 2290, quarterly: 6527, yearly: 24732 },
    ALL,
  ),
  vps(
    'vds-xl',
    'VDS XL',
    'Virtual dedicated server: dedicated vCPU cores, no overselling.',
    { cpu: '8 dedicated vCPU', cores: 8, ramGb: 32, storage: '400 GB NVMe', bandwidth: '10 TB', ipv4: 1 },
    { monthly: 6900, quarterly: 19665, yearly: 74520 },
    ['ams1', 'fra1', 'par1'],
  ),
];

const BY_ID = new Map(PLANS.map((p) => [p.id, p]));

export function findPlan(id: string): Plan | undefined {
  return BY_ID.get(id);
}

export function priceFor(plan: Plan, months: PeriodMonths): number {
  return plan.prices[PERIOD_NAMES[months]];
}

export interface FieldProblem {
  pointer: string;
  code:
    | 'required'
    | 'invalid_type'
    | 'invalid_format'
    | 'too_short'
    | 'too_long'
    | 'not_allowed'
    | 'unknown_field';
  message: string;
}

/** Checks an order's `fields` against the plan's field descriptions; pointers are under `base` (e.g. "/fields"). */
export function validateOrderFields(
  plan: Plan,
  fields: Record<string, unknown>,
  base = '/fields',
): { ok: true; values: Record<string, string> } | { ok: false; errors: FieldProblem[] } {
  const errors: FieldProblem[] = [];
  const values: Record<string, string> = {};
  const known = new Set(plan.fields.map((f) => f.name));
  for (const key of Object.keys(fields)) {
    if (!known.has(key))
      errors.push({
        pointer: `${base}/${key}`,
        code: 'unknown_field',
        message: `${plan.name} has no field "${key}"`,
      });
  }
  for (const field of plan.fields) {
    const pointer = `${base}/${field.name}`;
    const raw = fields[field.name];
    if (raw === undefined || raw === null || raw === '') {
      if (field.required) errors.push({ pointer, code: 'required', message: `${field.label} is required` });
      continue;
    }
    if (typeof raw !== 'string') {
      errors.push({ pointer, code: 'invalid_type', message: `${field.label} must be a string` });
      continue;
    }
    const value = field.name === 'hostname' ? raw.trim().toLowerCase() : raw.trim();
    if (field.minLength !== undefined && value.length < field.minLength) {
      errors.push({
        pointer,
        code: 'too_short',
        message: `${field.label} needs at least ${field.minLength} characters`,
      });
      continue;
    }
    if (field.maxLength !== undefined && value.length > field.maxLength) {
      errors.push({
        pointer,
        code: 'too_long',
        message: `${field.label} takes at most ${field.maxLength} characters`,
      });
      continue;
    }
    if (field.options && !field.options.some((o) => o.value === value)) {
      errors.push({
        pointer,
        code: 'not_allowed',
        message: `${field.label} must be one of: ${field.options.map((o) => o.value).join(', ')}`,
      });
      continue;
    }
    if (field.pattern && !new RegExp(field.pattern).test(value)) {
      errors.push({ pointer, code: 'invalid_format', message: `${field.label} is not valid` });
      continue;
    }
    values[field.name] = value;
  }
  return errors.length ? { ok: false, errors } : { ok: true, values };
}
