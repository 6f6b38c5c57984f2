"""Reports an Open vSwitch agent alive for the fake compute host, so ML2 binds ports there.

Nothing is plugged: the fake Nova driver has no real interfaces. Only the agent's heartbeat over RPC
(the same call the real agent makes) is needed for neutron-server to bind a server's port.
Run with /usr/bin/python3 fake_ovs_agent.py --config-file neutron.conf
"""
import sys
import time

from neutron.agent import rpc as agent_rpc
from neutron.common import config as common_config
from neutron.conf.agent import common as agent_config
from neutron_lib import context
from neutron_lib.agent import topics
from oslo_config import cfg


def main():
    common_config.register_common_config_options()
    agent_config.register_agent_state_opts_helper(cfg.CONF)
    common_config.init(sys.argv[1:])
    state_api = agent_rpc.PluginReportStateAPI(topics.REPORTS)
    state = {
        'binary': 'neutron-openvswitch-agent',
        'host': cfg.CONF.host,
        'topic': 'N/A',
        'agent_type': 'Open vSwitch agent',
        'start_flag': True,
        'configurations': {
            'bridge_mappings': {'physnet1': 'br-ex'},
            'tunnel_types': ['vxlan'],
            'tunneling_ip': '127.0.0.1',
            'integration_bridge': 'br-int',
            'datapath_type': 'system',
            'ovs_hybrid_plug': False,
            'l2_population': False,
            'devices': 0,
        },
    }
    admin = context.get_admin_context_without_session()
    while True:
        try:
            state_api.report_state(admin, state, use_call=True)
            state['start_flag'] = False
        except Exception as error:  # neutron-server not up yet, or restarting: report again later
            print('report_state failed: %s' % error, flush=True)
        time.sleep(cfg.CONF.AGENT.report_interval)


if __name__ == '__main__':
    main()
