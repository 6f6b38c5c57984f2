# A tenant's compute as a Terraform user would write it: the provider on its default settings, a key pair,
# a security group with rules, a plain and a richly configured instance, an Elastic IP, an extra volume, a
# launch template, an image made from an instance, and the data sources that find images, the default VPC,
# its subnets and the zones. The rich instance's type and tags come from variables so a second apply can
# change them in place.
variable "rich_instance_type" {
  type    = string
  default = "t3.micro"
}

variable "rich_stage" {
  type    = string
  default = "blue"
}

provider "aws" {
  region     = "us-east-1"
  access_key = var.access_key
  secret_key = var.secret_key

  endpoints {
    sts = var.endpoint
    iam = var.endpoint
    ec2 = var.endpoint
  }
}

data "aws_availability_zones" "available" {
  state = "available"
}

data "aws_vpc" "default" {
  default = true
}

data "aws_subnets" "default" {
  filter {
    name   = "vpc-id"
    values = [data.aws_vpc.default.id]
  }

  filter {
    name   = "availability-zone"
    values = [data.aws_availability_zones.available.names[0]]
  }
}

data "aws_ami" "al2023" {
  most_recent = true
  owners      = ["amazon"]

  filter {
    name   = "name"
    values = ["al2023-ami-2023.*-x86_64"]
  }

  filter {
    name   = "architecture"
    values = ["x86_64"]
  }
}

resource "aws_key_pair" "deployer" {
  key_name   = "tf-deployer"
  public_key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIDGQ49qIEIiX5vJp/Ch2v/p7l6iBrsTbwKvlpiGF2vp2 tf-deployer"

  tags = {
    Owner = "platform"
  }
}

resource "aws_security_group" "web" {
  name        = "tf-compute-web"
  description = "web servers"
  vpc_id      = data.aws_vpc.default.id

  ingress {
    description = "http"
    from_port   = 80
    to_port     = 80
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }

  ingress {
    description = "ssh"
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.0/8"]
  }

  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_instance" "plain" {
  ami           = data.aws_ami.al2023.id
  instance_type = "t3.micro"

  tags = {
    Name = "tf-plain"
  }
}

resource "aws_instance" "rich" {
  ami                    = data.aws_ami.al2023.id
  instance_type          = var.rich_instance_type
  key_name               = aws_key_pair.deployer.key_name
  subnet_id              = data.aws_subnets.default.ids[0]
  vpc_security_group_ids = [aws_security_group.web.id]
  monitoring             = true
  user_data              = "#!/bin/bash\necho hello from terraform > /tmp/hello\n"

  metadata_options {
    http_endpoint               = "enabled"
    http_tokens                 = "required"
    http_put_response_hop_limit = 2
  }

  credit_specification {
    cpu_credits = "unlimited"
  }

  root_block_device {
    volume_type = "gp3"
    volume_size = 12
  }

  ebs_block_device {
    device_name = "/dev/sdf"
    volume_type = "gp3"
    volume_size = 5
  }

  volume_tags = {
    Stack = "compute"
  }

  tags = {
    Name  = "tf-rich"
    Stage = var.rich_stage
  }
}

resource "aws_eip" "plain" {
  domain = "vpc"

  tags = {
    Name = "tf-plain-ip"
  }
}

resource "aws_eip_association" "plain" {
  instance_id   = aws_instance.plain.id
  allocation_id = aws_eip.plain.id
}

resource "aws_ebs_volume" "data" {
  availability_zone = aws_instance.plain.availability_zone
  size              = 4
  type              = "gp3"

  tags = {
    Name = "tf-data"
  }
}

resource "aws_volume_attachment" "data" {
  device_name = "/dev/sdh"
  volume_id   = aws_ebs_volume.data.id
  instance_id = aws_instance.plain.id
}

resource "aws_launch_template" "web" {
  name                   = "tf-web"
  image_id               = data.aws_ami.al2023.id
  instance_type          = "t3.small"
  key_name               = aws_key_pair.deployer.key_name
  vpc_security_group_ids = [aws_security_group.web.id]

  metadata_options {
    http_tokens = "required"
  }

  tag_specifications {
    resource_type = "instance"

    tags = {
      Name = "tf-from-template"
    }
  }

  tags = {
    Team = "web"
  }
}

resource "aws_ami_from_instance" "plain" {
  name               = "tf-plain-image"
  source_instance_id = aws_instance.plain.id

  tags = {
    Source = "tf-plain"
  }
}

output "zone_names" {
  value = data.aws_availability_zones.available.names
}

output "default_vpc_id" {
  value = data.aws_vpc.default.id
}

output "default_subnet_ids" {
  value = data.aws_subnets.default.ids
}

output "ami_id" {
  value = data.aws_ami.al2023.id
}

output "ami_name" {
  value = data.aws_ami.al2023.name
}

output "key_pair_id" {
  value = aws_key_pair.deployer.key_pair_id
}

output "security_group_id" {
  value = aws_security_group.web.id
}

output "plain_instance_id" {
  value = aws_instance.plain.id
}

output "rich_instance_id" {
  value = aws_instance.rich.id
}

output "eip_public_ip" {
  value = aws_eip.plain.public_ip
}

output "eip_allocation_id" {
  value = aws_eip.plain.id
}

output "data_volume_id" {
  value = aws_ebs_volume.data.id
}

output "launch_template_id" {
  value = aws_launch_template.web.id
}

output "image_id" {
  value = aws_ami_from_instance.plain.id
}
