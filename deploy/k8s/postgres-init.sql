-- Creates each service's database on a fresh PostgreSQL; used by docker-compose.yml and the Kubernetes kustomization.
create database order_service;
create database inventory_service;
create database billing_service;
create database shipping_service;
create database notification_service;
