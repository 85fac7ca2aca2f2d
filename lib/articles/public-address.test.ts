import { describe, expect, it } from 'vitest';
import { addressMatcher, ipBytes, isPublicAddress } from './public-address';

describe('isPublicAddress', () => {
  it('accepts public IPv4 and IPv6 addresses', () => {
    for (const ip of ['8.8.8.8', '1.1.1.1', '93.184.216.34', '2606:4700:4700::1111', '2a00:1450:4001:82b::200e', '[2001:4860:4860::8888]']) {
      expect(isPublicAddress(ip), ip).toBe(true);
    }
  });

  it('refuses private, loopback, link-local, multicast, unspecified and reserved IPv4', () => {
    for (const ip of [
      '0.0.0.0', '127.0.0.1', '127.1.2.3', '10.0.0.1', '172.16.0.1', '172.31.255.255', '192.168.1.1', '169.254.169.254',
      '100.64.0.1', '224.0.0.1', '239.255.255.250', '255.255.255.255', '240.0.0.1', '192.0.2.1', '198.18.0.1',
    ]) {
      expect(isPublicAddress(ip), ip).toBe(false);
    }
    expect(isPublicAddress('172.32.0.1')).toBe(true);
  });

  it('refuses the same in IPv6, and IPv4 smuggled inside IPv6', () => {
    for (const ip of [
      '::', '::1', '[::1]', 'fe80::1', 'fe80::1%eth0', 'fc00::1', 'fd12:3456::1', 'ff02::1', '2001:db8::1',
      '::ffff:127.0.0.1', '::ffff:7f00:1', '::ffff:10.0.0.1', '::ffff:169.254.169.254', '::127.0.0.1',
      '64:ff9b::127.0.0.1', '64:ff9b::a9fe:a9fe', '2002:7f00:1::1', '2002:c0a8:101::1',
    ]) {
      expect(isPublicAddress(ip), ip).toBe(false);
    }
    expect(isPublicAddress('::ffff:8.8.8.8')).toBe(true);
    expect(isPublicAddress('64:ff9b::808:808')).toBe(true);
  });

  it('refuses what is not an address', () => {
    for (const s of ['', 'localhost', '127.0.0', '1.2.3.256', 'example.com', ':::1']) expect(isPublicAddress(s), s).toBe(false);
  });

  it('parses IPv6 with and without a dotted tail to the same bytes', () => {
    expect(ipBytes('::ffff:127.0.0.1')).toEqual(ipBytes('::ffff:7f00:1'));
    expect(ipBytes('1:2:3:4:5:6:7:8')).toEqual([0, 1, 0, 2, 0, 3, 0, 4, 0, 5, 0, 6, 0, 7, 0, 8]);
  });
});

describe('addressMatcher', () => {
  it('matches listed addresses and ranges only', () => {
    const allow = addressMatcher(['127.0.0.1', '10.1.0.0/16', '::1']);
    expect(allow('127.0.0.1')).toBe(true);
    expect(allow('127.0.0.2')).toBe(false);
    expect(allow('10.1.200.3')).toBe(true);
    expect(allow('10.2.0.1')).toBe(false);
    expect(allow('::1')).toBe(true);
    expect(allow('nonsense')).toBe(false);
  });
});
