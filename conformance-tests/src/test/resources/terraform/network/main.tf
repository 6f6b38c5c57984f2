# A tenant's network as a Terraform user would write it: the provider on its default settings, a VPC with
# a subnet made public by an internet gateway, a route table and its association, security groups with
# inline rules, standalone rules of both generations, and the data sources that find the default VPC and
# its subnets.
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

data "aws_vpc" "default" {
  default = true
}

data "aws_subnets" "default" {
  filter {
    name   = "vpc-id"
    values = [data.aws_vpc.default.id]
  }
}

resource "aws_vpc" "main" {
  cidr_block           = "10.60.0.0/16"
  enable_dns_hostnames = true

  tags = {
    Name = "tf-main"
  }
}

resource "aws_subnet" "public" {
  vpc_id                  = aws_vpc.main.id
  cidr_block              = "10.60.1.0/24"
  availability_zone       = "us-east-1a"
  map_public_ip_on_launch = true

  tags = {
    Name = "tf-public"
  }
}

resource "aws_internet_gateway" "main" {
  vpc_id = aws_vpc.main.id

  tags = {
    Name = "tf-igw"
  }
}

resource "aws_route_table" "public" {
  vpc_id = aws_vpc.main.id

  route {
    cidr_block = "0.0.0.0/0"
    gateway_id = aws_internet_gateway.main.id
  }

  tags = {
    Name = "tf-public"
  }
}

resource "aws_route_table_association" "public" {
  subnet_id      = aws_subnet.public.id
  route_table_id = aws_route_table.public.id
}

resource "aws_security_group" "web" {
  name        = "tf-web"
  description = "web servers"
  vpc_id      = aws_vpc.main.id

  ingress {
    description = "https"
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }

  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.0/8", "192.168.0.0/16"]
  }

  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }

  tags = {
    Role = "web"
  }
}

resource "aws_security_group" "db" {
  name        = "tf-db"
  description = "databases"
  vpc_id      = aws_vpc.main.id
}

resource "aws_security_group_rule" "db_from_web" {
  type                     = "ingress"
  from_port                = 5432
  to_port                  = 5432
  protocol                 = "tcp"
  security_group_id        = aws_security_group.db.id
  source_security_group_id = aws_security_group.web.id
}

resource "aws_vpc_security_group_ingress_rule" "db_ping" {
  security_group_id = aws_security_group.db.id
  cidr_ipv4         = "10.60.0.0/16"
  ip_protocol       = "icmp"
  from_port         = -1
  to_port           = -1

  tags = {
    Name = "ping"
  }
}

resource "aws_vpc_security_group_egress_rule" "db_out" {
  security_group_id = aws_security_group.db.id
  cidr_ipv4         = "10.60.0.0/16"
  ip_protocol       = "-1"
}

output "default_vpc_id" {
  value = data.aws_vpc.default.id
}

output "default_subnet_count" {
  value = length(data.aws_subnets.default.ids)
}

output "vpc_id" {
  value = aws_vpc.main.id
}

output "main_route_table_id" {
  value = aws_vpc.main.main_route_table_id
}

output "internet_gateway_id" {
  value = aws_internet_gateway.main.id
}

output "public_route_table_id" {
  value = aws_route_table.public.id
}

output "subnet_id" {
  value = aws_subnet.public.id
}

output "web_group_id" {
  value = aws_security_group.web.id
}

output "db_group_id" {
  value = aws_security_group.db.id
}
