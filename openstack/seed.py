"""Registers endpoints and a small catalog in a fresh OpenStack started by start.sh (stdlib only).

  seed.py endpoints   services and public endpoints in Keystone
  seed.py wait        waits until every API answers and the fake hypervisor is registered
  seed.py catalog     flavors, two images (x86_64, arm64) and the external network for floating IPs
  seed.py smoke       boots one server, waits for ACTIVE, deletes it (prints the seconds it took)
Ports and the admin password come from the environment (the state directory's env file).
"""
import json
import os
import sys
import time
import urllib.error
import urllib.request

ENV = os.environ
KEYSTONE = 'http://127.0.0.1:%s/v3' % ENV['KEYSTONE_PORT']
NOVA = 'http://127.0.0.1:%s/v2.1' % ENV['NOVA_PORT']
GLANCE = 'http://127.0.0.1:%s' % ENV['GLANCE_PORT']
PLACEMENT = 'http://127.0.0.1:%s' % ENV['PLACEMENT_PORT']
NEUTRON = 'http://127.0.0.1:%s' % ENV['NEUTRON_PORT']

FLAVORS = [('m1.micro', 2, 1024), ('m1.small', 2, 2048), ('m1.medium', 2, 4096), ('m1.large', 2, 8192),
           ('m1.xlarge', 4, 16384)]
IMAGES = [('cirros-0.6-x86_64', 'x86_64'), ('cirros-0.6-aarch64', 'aarch64')]


def call(method, url, body=None, token=None, headers=None, raw=None):
    data = raw if raw is not None else (json.dumps(body).encode() if body is not None else None)
    request = urllib.request.Request(url, data=data, method=method)
    request.add_header('Content-Type', 'application/octet-stream' if raw is not None else 'application/json')
    request.add_header('Connection', 'close')
    if token:
        request.add_header('X-Auth-Token', token)
    for name, value in (headers or {}).items():
        request.add_header(name, value)
    with urllib.request.urlopen(request, timeout=60) as response:
        text = response.read()
        return response.headers, (json.loads(text) if text else None)


def token():
    user = {'name': 'admin', 'domain': {'name': 'Default'}, 'password': ENV['ADMIN_PASSWORD']}
    body = {'auth': {'identity': {'methods': ['password'], 'password': {'user': user}},
                     'scope': {'project': {'name': 'admin', 'domain': {'name': 'Default'}}}}}
    headers, _ = call('POST', KEYSTONE + '/auth/tokens', body)
    return headers['X-Subject-Token']


def endpoints():
    tok = token()
    for kind, name, url in [('compute', 'nova', NOVA), ('image', 'glance', GLANCE),
                            ('placement', 'placement', PLACEMENT), ('network', 'neutron', NEUTRON)]:
        _, service = call('POST', KEYSTONE + '/services', {'service': {'type': kind, 'name': name}}, tok)
        call('POST', KEYSTONE + '/endpoints', {'endpoint': {
            'service_id': service['service']['id'], 'interface': 'public', 'url': url,
            'region_id': 'RegionOne'}}, tok)


def wait_for(what, probe, seconds=180):
    deadline = time.time() + seconds
    while True:
        try:
            if probe():
                return
        except (urllib.error.URLError, ConnectionError, OSError):
            pass
        if time.time() > deadline:
            sys.exit('timed out waiting for ' + what)
        time.sleep(0.5)


def wait():
    tok = token()
    wait_for('glance', lambda: call('GET', GLANCE + '/v2/images', token=tok))
    wait_for('placement', lambda: call('GET', PLACEMENT + '/', token=tok))
    wait_for('neutron', lambda: call('GET', NEUTRON + '/v2.0/networks', token=tok))
    wait_for('nova', lambda: call('GET', NOVA + '/flavors', token=tok))
    wait_for('fake hypervisor', lambda: call('GET', NOVA + '/os-hypervisors', token=tok)[1]['hypervisors'])
    wait_for('ovs agent', lambda: any(a['alive'] for a in call('GET', NEUTRON + '/v2.0/agents', token=tok)[1]['agents']))


def catalog():
    tok = token()
    for name, vcpus, ram in FLAVORS:
        call('POST', NOVA + '/flavors', {'flavor': {'name': name, 'vcpus': vcpus, 'ram': ram, 'disk': 8}}, tok)
    for name, arch in IMAGES:
        _, image = call('POST', GLANCE + '/v2/images', {
            'name': name, 'disk_format': 'raw', 'container_format': 'bare', 'visibility': 'public',
            'architecture': arch, 'min_disk': 8, 'os_distro': 'cirros'}, tok)
        call('PUT', GLANCE + '/v2/images/%s/file' % image['id'], token=tok, raw=b'\0' * 65536)
    _, net = call('POST', NEUTRON + '/v2.0/networks', {'network': {
        'name': 'public', 'router:external': True, 'provider:network_type': 'flat',
        'provider:physical_network': 'physnet1'}}, tok)
    call('POST', NEUTRON + '/v2.0/subnets', {'subnet': {
        'network_id': net['network']['id'], 'name': 'public-v4', 'ip_version': 4, 'cidr': '203.0.113.0/24',
        'enable_dhcp': False, 'gateway_ip': '203.0.113.1',
        'allocation_pools': [{'start': '203.0.113.10', 'end': '203.0.113.250'}]}}, tok)


def smoke():
    tok = token()
    started = time.time()
    _, net = call('POST', NEUTRON + '/v2.0/networks', {'network': {'name': 'smoke'}}, tok)
    net_id = net['network']['id']
    call('POST', NEUTRON + '/v2.0/subnets', {'subnet': {'network_id': net_id, 'ip_version': 4,
                                                       'cidr': '10.99.0.0/24'}}, tok)
    flavor = [f for f in call('GET', NOVA + '/flavors', token=tok)[1]['flavors'] if f['name'] == 'm1.micro'][0]
    image = [i for i in call('GET', GLANCE + '/v2/images', token=tok)[1]['images'] if i['architecture'] == 'x86_64'][0]
    _, server = call('POST', NOVA + '/servers', {'server': {'name': 'smoke', 'flavorRef': flavor['id'],
                                                            'imageRef': image['id'], 'networks': [{'uuid': net_id}]}},
                     tok, {'OpenStack-API-Version': 'compute 2.90'})
    server_id = server['server']['id']
    status = 'BUILD'
    while status == 'BUILD' and time.time() - started < 120:
        time.sleep(0.5)
        status = call('GET', NOVA + '/servers/' + server_id, token=tok)[1]['server']['status']
    print('smoke server %s after %.1f s' % (status, time.time() - started))
    call('DELETE', NOVA + '/servers/' + server_id, token=tok)
    wait_for('smoke server deletion', lambda: not any(
        s['id'] == server_id for s in call('GET', NOVA + '/servers', token=tok)[1]['servers']))
    call('DELETE', NEUTRON + '/v2.0/networks/' + net_id, token=tok)
    if status != 'ACTIVE':
        sys.exit('smoke server ended ' + status)


if __name__ == '__main__':
    {'endpoints': endpoints, 'wait': wait, 'catalog': catalog, 'smoke': smoke}[sys.argv[1]]()
