"""Seeds one account: a VPC and subnet, instances in batches tagged env=prod/dev, a unique Name per instance."""
import re
import time
from concurrent.futures import ThreadPoolExecutor

from ec2_http import Ec2Error, Ec2Http, first, instance_ids, tags

RUNNING = re.compile(rb"<instanceState>\s*<code>16</code>")


def seed(args, client):
    """Launches args.instances instances; returns the RunInstances parameters used."""
    vpc = first(rb"<vpcId>([^<]+)</vpcId>", client.call("CreateVpc", {"CidrBlock": "10.0.0.0/16"})[1], "vpc id")
    subnet = first(rb"<subnetId>([^<]+)</subnetId>",
                   client.call("CreateSubnet", {"VpcId": vpc, "CidrBlock": "10.0.0.0/17"})[1], "subnet id")
    images = client.call("DescribeImages", {"Owner.1": "amazon", "Filter.1.Name": "architecture",
                                            "Filter.1.Value.1": "x86_64"})[1]
    image = first(rb"<imageId>(ami-[0-9a-zA-Z]+)</imageId>", images, "x86_64 image")
    # MinCount = MaxCount: moto launches MinCount instances, AWS up to MaxCount; both launch exactly BATCH.
    launch = {"ImageId": image, "InstanceType": args.instance_type, "SubnetId": subnet,
              "MinCount": str(args.batch), "MaxCount": str(args.batch)}
    ids = []
    for batch in range(args.instances // args.batch):
        env = "prod" if batch % 2 == 0 else "dev"
        seconds, data = client.call("RunInstances", {**launch, **tags("TagSpecification.1", "instance", {"env": env})})
        launched = instance_ids(data)
        if len(launched) != args.batch:
            raise Ec2Error(f"batch {batch} launched {len(launched)} instances, not {args.batch}")
        ids += launched
        print(f"  {args.name}: batch {batch + 1} launched {len(launched)} instances in {seconds:.2f}s", flush=True)
    name_all(args, ids)
    wait_running(client, ids[-args.batch:])
    return launch


def name_all(args, ids):
    """One CreateTags per instance (a Name is unique, so it cannot be shared by one call)."""
    def name_slice(part):
        client = Ec2Http(args.port, args.access_key, args.secret_key)
        for index in range(part, len(ids), args.tag_threads):
            client.call("CreateTags", {"ResourceId.1": ids[index], **tags("Tag", None, {"Name": f"bench-{index:05d}"})})
    started = time.perf_counter()
    with ThreadPoolExecutor(args.tag_threads) as pool:
        list(pool.map(name_slice, range(args.tag_threads)))
    print(f"  {args.name}: named {len(ids)} instances in {time.perf_counter() - started:.1f}s", flush=True)


def wait_running(client, last_batch, deadline_seconds=120):
    """Until the last batch runs (earlier ones started before it): its statuses, without tags or filters."""
    params = {"IncludeAllInstances": "true", **{f"InstanceId.{i}": id_ for i, id_ in enumerate(last_batch, 1)}}
    deadline = time.monotonic() + deadline_seconds
    while True:
        running = len(RUNNING.findall(client.call("DescribeInstanceStatus", params)[1]))
        if running == len(last_batch):
            return
        if time.monotonic() > deadline:
            raise Ec2Error(f"only {running} of the last {len(last_batch)} instances run after {deadline_seconds}s")
        time.sleep(1)
