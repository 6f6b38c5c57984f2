"""Nova's fake compute driver, with a guest that looks more like a real one to the gateway's tests.

- A snapshot uploads a small disk image to Glance as real drivers do (FakeDriver leaves the image "queued"
  forever), so images captured from servers (EC2 CreateImage) become active.
- The console shows a boot log with cloud-init's network table, as a real guest's serial console does
  (FakeDriver returns three fixed lines), so console output can be told apart per server.

Used by start.sh as
compute_driver = cloudgate_fake_driver.SnapshottingFakeDriver (start.sh registers this module as nova.virt.cloudgate_fake_driver).
"""
import io

from nova.compute import task_states
from nova.image import glance
from nova.virt import fake

DISK = b"\0" * 4096


class SnapshottingFakeDriver(fake.FakeDriver):
    def snapshot(self, context, instance, image_id, update_task_state):
        update_task_state(task_state=task_states.IMAGE_PENDING_UPLOAD)
        update_task_state(task_state=task_states.IMAGE_UPLOADING,
                          expected_state=task_states.IMAGE_PENDING_UPLOAD)
        metadata = {"disk_format": "raw", "container_format": "bare"}
        glance.API().update(context, image_id, metadata, io.BytesIO(DISK), purge_props=False)

    def get_console_output(self, context, instance):
        lines = ["[    0.000000] Linux version 6.1.0 (fake guest of %s)" % instance.uuid,
                 "Cloud-init v. 22.4.2 running 'init' at boot.",
                 "ci-info: +++++++++++++++++++++++Net device info+++++++++++++++++++++++"]
        for vif in instance.get_network_info():
            for ip in vif.fixed_ips():
                lines.append("ci-info: | eth0 | True | %s | %s |" % (ip["address"], vif["address"]))
        lines.append("Cloud-init v. 22.4.2 finished. Up 4.20 seconds")
        return "\n".join(lines) + "\n"
